import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  Bar,
  Button,
  Dialog,
  Form,
  FormItem,
  Label,
  MessageStrip,
  Option,
  Select,
  StepInput,
  Text,
} from '@ui5/webcomponents-react'
import { useState } from 'react'
import { noFaults, type FaultSettings } from '../../api/contracts/simulation'
import { queryKeys } from '../../api/query-keys'
import { faultSettingsQuery, setFaultSettings } from '../../api/simulation'
import { useUiTexts } from '../i18n/ui-texts'
import { typedStepInputValue } from '../typed-step-input-value'
import { failLabels, failureKindLabels, latencyLabels } from './fault-labels'

/**
 * Fault injection for UX prototyping: slow answers and failing reads or writes, so that every screen
 * can be tried under failure. Settings hold for this tab until it is reloaded.
 */
export function SimulationSettingsDialog({
  open,
  onClose,
}: {
  open: boolean
  onClose: () => void
}) {
  const t = useUiTexts()
  const queryClient = useQueryClient()
  const { data: saved } = useQuery(faultSettingsQuery())
  const [draft, setDraft] = useState<FaultSettings | undefined>(undefined)
  const settings = draft ?? saved ?? noFaults
  const save = useMutation({
    mutationFn: setFaultSettings,
    onSuccess: async () => {
      setDraft(undefined)
      await queryClient.invalidateQueries({ queryKey: queryKeys.all })
      onClose()
    },
  })
  const change = (patch: Partial<FaultSettings>) => setDraft({ ...settings, ...patch })
  const close = () => {
    setDraft(undefined)
    save.reset()
    onClose()
  }
  return (
    <Dialog
      open={open}
      headerText={t('settings.title')}
      onClose={close}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button
                design="Emphasized"
                disabled={save.isPending}
                onClick={() => save.mutate(settings)}
              >
                {t('settings.apply')}
              </Button>
              <Button onClick={() => change(noFaults)}>{t('settings.noFaults')}</Button>
              <Button design="Transparent" onClick={close}>
                {t('settings.cancel')}
              </Button>
            </>
          }
        />
      }
    >
      <Text>{t('settings.intro')}</Text>
      <Form labelSpan="S12 M4 L4 XL4">
        <FormItem labelContent={<Label for="fault-latency">{t('settings.latency')}</Label>}>
          <Select
            id="fault-latency"
            accessibleName={t('settings.latency')}
            onChange={(e) =>
              change({ latency: e.detail.selectedOption.dataset.value as FaultSettings['latency'] })
            }
          >
            {Object.entries(latencyLabels).map(([value, labelKey]) => (
              <Option key={value} data-value={value} selected={settings.latency === value}>
                {t(labelKey)}
              </Option>
            ))}
          </Select>
        </FormItem>
        <FormItem labelContent={<Label for="fault-fail">{t('settings.failures')}</Label>}>
          <Select
            id="fault-fail"
            accessibleName={t('settings.failures')}
            onChange={(e) =>
              change({
                fail: e.detail.selectedOption.dataset.value as FaultSettings['fail'],
                failureRate: settings.failureRate || 1,
              })
            }
          >
            {Object.entries(failLabels).map(([value, labelKey]) => (
              <Option key={value} data-value={value} selected={settings.fail === value}>
                {t(labelKey)}
              </Option>
            ))}
          </Select>
        </FormItem>
        <FormItem labelContent={<Label for="fault-kind">{t('settings.failureKind')}</Label>}>
          <Select
            id="fault-kind"
            accessibleName={t('settings.failureKind')}
            disabled={settings.fail === 'none'}
            onChange={(e) =>
              change({
                failureKind: e.detail.selectedOption.dataset.value as FaultSettings['failureKind'],
              })
            }
          >
            {Object.entries(failureKindLabels).map(([value, labelKey]) => (
              <Option key={value} data-value={value} selected={settings.failureKind === value}>
                {t(labelKey)}
              </Option>
            ))}
          </Select>
        </FormItem>
        <FormItem labelContent={<Label for="fault-rate">{t('settings.failureRate')}</Label>}>
          <StepInput
            id="fault-rate"
            accessibleName={t('settings.failureRate')}
            min={0}
            max={100}
            step={10}
            disabled={settings.fail === 'none'}
            value={Math.round(settings.failureRate * 100)}
            // Typed digits count at once (see typedStepInputValue), the rest on Enter or blur.
            onInput={(e) => {
              const typed = typedStepInputValue(e.target)
              if (typed !== undefined) change({ failureRate: Math.min(100, typed) / 100 })
            }}
            onChange={(e) =>
              change({ failureRate: Math.min(100, Math.max(0, e.target.value)) / 100 })
            }
          />
        </FormItem>
      </Form>
      {save.isError && (
        <MessageStrip design="Negative" hideCloseButton>
          {save.error.message}
        </MessageStrip>
      )}
    </Dialog>
  )
}
