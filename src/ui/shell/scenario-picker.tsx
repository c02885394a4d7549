import { useQuery, type UseMutationResult } from '@tanstack/react-query'
import {
  Bar,
  Button,
  Dialog,
  Label,
  MessageStrip,
  Option,
  Select,
  Text,
  Title,
} from '@ui5/webcomponents-react'
import { useState } from 'react'
import { scenariosQuery } from '../../api/simulation'
import { useUiTexts } from '../i18n/ui-texts'
import { scenarioDescription, scenarioTitle } from './scenario-texts'

type ResetMutation = UseMutationResult<unknown, Error, string>

/** Choose a scenario and start over from it; a reset discards every change, so it asks first. */
export function ScenarioPicker({ reset, onReset }: { reset: ResetMutation; onReset: () => void }) {
  const t = useUiTexts()
  const { data } = useQuery(scenariosQuery())
  const [chosen, setChosen] = useState<string | undefined>(undefined)
  const [confirming, setConfirming] = useState(false)
  const selectedId = chosen ?? data?.current ?? data?.items[0]?.id
  const selected = data?.items.find((scenario) => scenario.id === selectedId)
  const selectedTitle = selected ? scenarioTitle(selected, t) : ''
  const confirm = () => {
    setConfirming(false)
    if (!selected) return
    onReset()
    reset.mutate(selected.id)
  }
  return (
    <section className="time-travel__section" aria-labelledby="time-travel-scenario">
      <Title level="H3" size="H5" id="time-travel-scenario">
        {t('timeTravel.scenario')}
      </Title>
      <div className="time-travel__row">
        <Label for="time-travel-scenario-select">{t('timeTravel.scenario')}</Label>
        <Select
          id="time-travel-scenario-select"
          accessibleName={t('timeTravel.scenario')}
          onChange={(event) =>
            setChosen(event.detail.selectedOption.getAttribute('data-id') ?? undefined)
          }
        >
          {data?.items.map((scenario) => (
            <Option key={scenario.id} data-id={scenario.id} selected={scenario.id === selectedId}>
              {scenarioTitle(scenario, t)}
            </Option>
          ))}
        </Select>
        <Button disabled={!selected || reset.isPending} onClick={() => setConfirming(true)}>
          {t('timeTravel.reset')}
        </Button>
      </div>
      {selected && <Text>{scenarioDescription(selected, t)}</Text>}
      {reset.isSuccess && selected && (
        <MessageStrip design="Positive" hideCloseButton data-testid="reset-summary">
          {t('timeTravel.reset.done', selectedTitle)}
        </MessageStrip>
      )}
      {reset.isError && (
        <MessageStrip design="Negative" hideCloseButton>
          {reset.error.message}
        </MessageStrip>
      )}
      <Dialog
        open={confirming}
        headerText={t('timeTravel.reset.confirmTitle')}
        state="Critical"
        onClose={() => setConfirming(false)}
        footer={
          <Bar
            design="Footer"
            endContent={
              <>
                <Button design="Emphasized" onClick={confirm}>
                  {t('timeTravel.reset.confirm')}
                </Button>
                <Button onClick={() => setConfirming(false)}>{t('timeTravel.reset.cancel')}</Button>
              </>
            }
          />
        }
      >
        <Text>{t('timeTravel.reset.confirmText', selectedTitle)}</Text>
      </Dialog>
    </section>
  )
}
