import { useMutation, useQueryClient } from '@tanstack/react-query'
import { MessageStrip, Text } from '@ui5/webcomponents-react'
import { trustMode } from '../../api/contracts/common'
import { capacity, type ExternalSystem } from '../../api/contracts/external-systems'
import { queryKeys } from '../../api/query-keys'
import { updateExternalSystem } from '../../api/external-systems'
import { useConnectionTexts } from '../../ui/connection/connection-texts'
import { trustModeText } from '../../ui/connection/connection-words'
import { capacityText, rejectionText, trustModeHelp } from './capacity-text'
import { useAppTexts } from './i18n/texts'
import { SettingSelect } from './setting-select'
import './external-system-page.css'

type Changes = Parameters<typeof updateExternalSystem>[1]

const rejectionCodes = [401, 403] as const

/**
 * Trust mode, capacity and rejection code, saved as soon as they are chosen: each is one setting of
 * a simulated server. The hint under the trust mode says what it means for the next Client Default.
 */
export function SettingsForm({ system }: { system: ExternalSystem }) {
  const t = useAppTexts()
  const words = useConnectionTexts()
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: (changes: Changes) => updateExternalSystem(system.host, changes),
    // Every setting changes outcomes and readiness everywhere.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.all }),
  })
  return (
    <div className="external-system__settings">
      <SettingSelect
        id="trust-mode-select"
        label={t('settings.trustMode')}
        value={system.trustMode}
        options={trustMode.options}
        text={(mode) => trustModeText(words, mode)}
        disabled={save.isPending}
        describedBy="trust-mode-help"
        onChoose={(mode) => save.mutate({ trustMode: mode })}
      />
      <Text id="trust-mode-help" className="external-system__hint">
        {t(trustModeHelp[system.trustMode])}
      </Text>
      <SettingSelect
        id="capacity-select"
        label={t('settings.capacity')}
        value={system.capacity}
        options={capacity.options}
        text={(option) => t(capacityText[option])}
        disabled={save.isPending}
        onChoose={(option) => save.mutate({ capacity: option })}
      />
      <SettingSelect
        id="rejection-select"
        label={t('settings.rejectionCode')}
        value={system.rejectionCode}
        options={rejectionCodes}
        text={(code) => t(rejectionText[code])}
        disabled={save.isPending}
        onChoose={(code) => save.mutate({ rejectionCode: code })}
      />
      {save.isError && (
        <MessageStrip design="Negative" hideCloseButton>
          {save.error.message}
        </MessageStrip>
      )}
    </div>
  )
}
