import { Bar, Button, MessageStrip } from '@ui5/webcomponents-react'
import { useAppTexts } from '../i18n/texts'

/** Why a save or delete did not go through: changed meanwhile (412), or a reason to read. */
export type Problem = { kind: 'conflict' } | { kind: 'failed'; text: string } | undefined

/** A 412 offers Reload (never a silent overwrite); any other refusal says the API's reason. */
export function ProblemStrip({ problem, onReload }: { problem: Problem; onReload: () => void }) {
  const t = useAppTexts()
  if (problem?.kind === 'conflict') {
    return (
      <MessageStrip design="Negative" hideCloseButton role="alert">
        {`${t('object.conflict')} `}
        <Button design="Transparent" onClick={onReload}>
          {t('action.reload')}
        </Button>
      </MessageStrip>
    )
  }
  if (problem?.kind === 'failed') {
    return (
      <MessageStrip design="Negative" hideCloseButton role="alert">
        {problem.text}
      </MessageStrip>
    )
  }
  return null
}

interface Props {
  saving: boolean
  problem: Problem
  onSave: () => void
  onCancel: () => void
  onReload: () => void
}

/** The edit-mode footer; a failed save is reported right above Save, the edits stay in the fields. */
export function EditFooter({ saving, problem, onSave, onCancel, onReload }: Props) {
  const t = useAppTexts()
  return (
    <div className="ca-footer">
      <ProblemStrip problem={problem} onReload={onReload} />
      <Bar
        design="Footer"
        endContent={
          <>
            <Button design="Emphasized" onClick={onSave} disabled={saving}>
              {t('action.save')}
            </Button>
            <Button design="Transparent" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          </>
        }
      />
    </div>
  )
}
