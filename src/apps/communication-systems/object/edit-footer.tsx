import { Bar, Button, MessageStrip } from '@ui5/webcomponents-react'
import { useAppTexts } from '../i18n/texts'
import type { SaveProblem } from '../shared/use-save-feedback'

interface Props {
  saving: boolean
  problem: SaveProblem
  onSave: () => void
  onCancel: () => void
  onReload: () => void
}

/**
 * The edit-mode footer. A failed save is reported right above Save, where the user's eyes are;
 * the edits stay in the fields until the user reloads or cancels.
 */
export function EditFooter({ saving, problem, onSave, onCancel, onReload }: Props) {
  const t = useAppTexts()
  return (
    <div className="cs-footer">
      {problem?.kind === 'conflict' && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {`${t('object.conflict')} `}
          <Button design="Transparent" onClick={onReload}>
            {t('action.reload')}
          </Button>
        </MessageStrip>
      )}
      {problem?.kind === 'failed' && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {t('object.notSaved', problem.message)}
        </MessageStrip>
      )}
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
