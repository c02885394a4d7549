import { useMutation, useQueryClient } from '@tanstack/react-query'
import { DatePicker, Dialog, Input, Label, MessageStrip } from '@ui5/webcomponents-react'
import { DialogFooter } from '../../ui/editing/dialog-footer'
import { useState } from 'react'
import { ApiError } from '../../api/api-error'
import type { CreatedLandscape } from '../../api/contracts/admin'
import { instructorMutations } from '../../api/instructor'
import { valueStateProps } from '../../ui/value-state'
import { useAppTexts } from './i18n/texts'
import { ScenarioSelect, useTokenRefusal } from './scenario-select'

/** The API's reason for one field; the date is checked by the clock move, whose field is `to`. */
function fieldError(error: unknown, ...fields: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined
  for (const field of fields) {
    const message = error.fieldMessage(field)
    if (message) return message
  }
  return undefined
}

/** New landscape: a scenario, optionally a day to move to and a class. The API's refusals show on the field. */
export function NewLandscapeDialog({
  open,
  defaultClass,
  onClose,
  onRejected,
}: {
  open: boolean
  defaultClass: string
  onClose: (created?: CreatedLandscape) => void
  onRejected: () => void
}) {
  const t = useAppTexts()
  const client = useQueryClient()
  const creation = useMutation(instructorMutations.create(client))
  const [scenario, setScenario] = useState('')
  const [date, setDate] = useState('')
  const [className, setClassName] = useState(defaultClass)
  useTokenRefusal(creation.error, onRejected)
  const error = creation.error
  const scenarioError = fieldError(error, 'scenario')
  const dateError = fieldError(error, 'date', 'to')
  const classError = fieldError(error, 'class')
  const otherError =
    error && !scenarioError && !dateError && !classError ? error.message : undefined
  const close = (created?: CreatedLandscape) => {
    creation.reset()
    setDate('')
    onClose(created)
  }
  const create = () =>
    creation.mutate(
      {
        scenario,
        ...(date ? { date } : {}),
        ...(className.trim() ? { class: className.trim() } : {}),
      },
      { onSuccess: (created) => close(created) },
    )
  return (
    <Dialog
      open={open}
      headerText={t('new.title')}
      onClose={() => close()}
      onBeforeOpen={() => setClassName(defaultClass)}
      footer={
        <DialogFooter
          action={t('action.create')}
          dismiss={t('action.cancel')}
          busy={creation.isPending}
          disabled={!scenario}
          onConfirm={create}
          onDismiss={() => close()}
        />
      }
    >
      <div className="instructor__form">
        {otherError && (
          <MessageStrip design="Negative" hideCloseButton role="alert">
            {t('new.failed', otherError)}
          </MessageStrip>
        )}
        <ScenarioSelect
          id="new-landscape-scenario"
          label={t('new.scenario')}
          value={scenario}
          error={scenarioError}
          onChange={setScenario}
        />
        <div className="instructor__field">
          <Label for="new-landscape-date">{t('new.date')}</Label>
          <DatePicker
            id="new-landscape-date"
            accessibleName={t('new.date')}
            accessibleDescription={t('new.dateHint')}
            valueFormat="yyyy-MM-dd"
            displayFormat="medium"
            value={date}
            {...valueStateProps(dateError)}
            onChange={(event) => setDate(event.detail.value)}
          />
        </div>
        <div className="instructor__field">
          <Label for="new-landscape-class">{t('new.class')}</Label>
          <Input
            id="new-landscape-class"
            accessibleName={t('new.class')}
            accessibleDescription={t('new.classHint')}
            value={className}
            {...valueStateProps(classError)}
            onInput={(event) => setClassName(event.target.value)}
          />
        </div>
      </div>
    </Dialog>
  )
}
