import { Bar, Button, MessageStrip } from '@ui5/webcomponents-react'
import type { SaveProblem } from './use-save-system'

interface Props {
  saving: boolean
  problem: SaveProblem
  onSave: () => void
  onCancel: () => void
  onReload: () => void
}

export const conflictMessage =
  "This system was changed meanwhile (in another tab or by SAP's rotation). Reload to see the current version."

/**
 * The edit-mode footer. A failed save is reported right above Save, where the user's eyes are;
 * the edits stay in the fields until the user reloads or cancels.
 */
export function EditFooter({ saving, problem, onSave, onCancel, onReload }: Props) {
  return (
    <div className="cs-footer">
      {problem?.kind === 'conflict' && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {`${conflictMessage} `}
          <Button design="Transparent" onClick={onReload}>
            Reload
          </Button>
        </MessageStrip>
      )}
      {problem?.kind === 'failed' && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {`Not saved: ${problem.message} Your changes are still here; try again.`}
        </MessageStrip>
      )}
      <Bar
        design="Footer"
        endContent={
          <>
            <Button design="Emphasized" onClick={onSave} disabled={saving}>
              Save
            </Button>
            <Button design="Transparent" onClick={onCancel}>
              Cancel
            </Button>
          </>
        }
      />
    </div>
  )
}
