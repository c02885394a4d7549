import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Label, MessageStrip, Option, Select } from '@ui5/webcomponents-react'
import type { ExternalSystem } from '../../api/contracts/external-systems'
import { queryKeys } from '../../api/query-keys'
import { updateExternalSystem } from '../../api/external-systems'
import { capacityText, rejectionText } from './capacity-text'
import { useAppTexts } from './i18n/texts'
import './external-system-page.css'

type Changes = Parameters<typeof updateExternalSystem>[1]

/** Capacity and rejection code, saved as soon as they are chosen: each is one setting of a simulated server. */
export function SettingsForm({ system }: { system: ExternalSystem }) {
  const t = useAppTexts()
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: (changes: Changes) => updateExternalSystem(system.host, changes),
    // Capacity and rejection code change outcomes and readiness everywhere.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.all }),
  })
  return (
    <div className="external-system__settings">
      <Label for="capacity-select">{t('settings.capacity')}</Label>
      <Select
        id="capacity-select"
        accessibleName={t('settings.capacity')}
        disabled={save.isPending}
        onChange={(event) =>
          save.mutate({
            capacity:
              event.detail.selectedOption.getAttribute('data-value') === 'single'
                ? 'single'
                : 'multiple',
          })
        }
      >
        {(['multiple', 'single'] as const).map((capacity) => (
          <Option key={capacity} data-value={capacity} selected={system.capacity === capacity}>
            {t(capacityText[capacity])}
          </Option>
        ))}
      </Select>
      <Label for="rejection-select">{t('settings.rejectionCode')}</Label>
      <Select
        id="rejection-select"
        accessibleName={t('settings.rejectionCode')}
        disabled={save.isPending}
        onChange={(event) =>
          save.mutate({
            rejectionCode:
              event.detail.selectedOption.getAttribute('data-value') === '403' ? 403 : 401,
          })
        }
      >
        {([401, 403] as const).map((code) => (
          <Option key={code} data-value={String(code)} selected={system.rejectionCode === code}>
            {t(rejectionText[code])}
          </Option>
        ))}
      </Select>
      {save.isError && (
        <MessageStrip design="Negative" hideCloseButton>
          {save.error.message}
        </MessageStrip>
      )}
    </div>
  )
}
