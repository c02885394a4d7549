import { Button, MessageStrip } from '@ui5/webcomponents-react'
import type { UserSaveProblem } from './use-save-user'

/**
 * Why the user dialog did not save. A 412 offers Reload; the dialog's entries are kept either way,
 * so the administrator can save again on top of the current version.
 */
export function UserSaveProblemStrip({
  problem,
  onReload,
}: {
  problem: UserSaveProblem
  onReload: () => void
}) {
  if (problem?.kind === 'conflict') {
    return (
      <MessageStrip design="Negative" hideCloseButton role="alert">
        {
          "This system was changed meanwhile (in another tab or by SAP's rotation). Reload to see the current version; your entries here are kept. "
        }
        <Button design="Transparent" onClick={onReload}>
          Reload
        </Button>
      </MessageStrip>
    )
  }
  if (problem?.kind === 'failed') {
    return (
      <MessageStrip design="Negative" hideCloseButton role="alert">
        {`Not saved: ${problem.message}`}
      </MessageStrip>
    )
  }
  return null
}
