import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Dialog, MessageStrip, Text } from '@ui5/webcomponents-react'
import { DialogFooter } from '../../ui/editing/dialog-footer'
import { useState } from 'react'
import { ApiError } from '../../api/api-error'
import type { LandscapeSummary } from '../../api/contracts/admin'
import { instructorMutations } from '../../api/instructor'
import { useAppTexts } from './i18n/texts'
import { ScenarioSelect, useTokenRefusal } from './scenario-select'

/** Reset one landscape to a scenario (its own by default), after saying what is lost. */
export function ResetDialog({
  landscape,
  onClose,
  onRejected,
}: {
  landscape: LandscapeSummary
  onClose: () => void
  onRejected: () => void
}) {
  const t = useAppTexts()
  const client = useQueryClient()
  const reset = useMutation(instructorMutations.reset(client))
  const [scenario, setScenario] = useState(landscape.scenario ?? '')
  useTokenRefusal(reset.error, onRejected)
  const scenarioError =
    reset.error instanceof ApiError ? reset.error.fieldMessage('scenario') : undefined
  return (
    <Dialog
      open
      headerText={t('reset.title')}
      onClose={onClose}
      footer={
        <DialogFooter
          action={t('reset.submit')}
          dismiss={t('action.cancel')}
          busy={reset.isPending}
          disabled={!scenario}
          onConfirm={() =>
            reset.mutate({ id: landscape.id, scenario }, { onSuccess: () => onClose() })
          }
          onDismiss={onClose}
        />
      }
    >
      <div className="instructor__form">
        <Text>{t('reset.intro', landscape.id)}</Text>
        {reset.error && !scenarioError && (
          <MessageStrip design="Negative" hideCloseButton role="alert">
            {t('reset.failed', reset.error.message)}
          </MessageStrip>
        )}
        <ScenarioSelect
          id="reset-landscape-scenario"
          label={t('reset.scenario')}
          value={scenario}
          error={scenarioError}
          onChange={setScenario}
        />
      </div>
    </Dialog>
  )
}
