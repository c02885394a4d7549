import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, Input, Label } from '@ui5/webcomponents-react'
import { useState } from 'react'
import { ApiError } from '../../api/api-error'
import { saveCheckpoint } from '../../api/checkpoints'
import { checkpointName } from '../../api/contracts/checkpoints'
import { queryKeys } from '../../api/query-keys'
import { useUiTexts } from '../i18n/ui-texts'

/** "Save Current State As…": a name, checked as the API checks it, then saved. */
export function SaveCheckpointForm({ onSaved }: { onSaved: (name: string) => void }) {
  const t = useUiTexts()
  const queryClient = useQueryClient()
  const [name, setName] = useState('')
  const [touched, setTouched] = useState(false)
  const save = useMutation({
    mutationFn: saveCheckpoint,
    onSuccess: async (summary) => {
      setName('')
      setTouched(false)
      onSaved(summary.name)
      await queryClient.invalidateQueries({ queryKey: queryKeys.all })
    },
  })
  const checked = checkpointName.safeParse(name)
  const localError = touched && !checked.success ? t('checkpoints.name.invalid') : undefined
  const serverError =
    save.error instanceof ApiError
      ? (save.error.fieldMessage('name') ?? save.error.message)
      : save.error?.message
  const error = localError ?? serverError
  const submit = () => {
    setTouched(true)
    if (checked.success) save.mutate(checked.data)
  }
  return (
    <div className="checkpoints__save">
      <Label for="checkpoint-name" required>
        {t('checkpoints.name')}
      </Label>
      <Input
        id="checkpoint-name"
        accessibleName={t('checkpoints.name')}
        required
        value={name}
        maxlength={80}
        placeholder={t('checkpoints.name.placeholder')}
        valueState={error ? 'Negative' : 'None'}
        valueStateMessage={error ? <div>{error}</div> : undefined}
        onInput={(event) => {
          setName(event.target.value)
          save.reset()
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') submit()
        }}
      />
      <Button design="Emphasized" disabled={save.isPending} onClick={submit}>
        {t('checkpoints.saveAs')}
      </Button>
    </div>
  )
}
