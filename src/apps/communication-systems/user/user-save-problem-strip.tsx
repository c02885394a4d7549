import { Button, MessageStrip } from '@ui5/webcomponents-react'
import { useAppTexts } from '../i18n/texts'
import type { SaveProblem } from '../shared/use-save-feedback'

/** Why the user dialog did not save, or did not delete (changed meanwhile: 412). */
export type UserProblem = SaveProblem | { kind: 'deleteConflict' }

/**
 * Why the user dialog did not save or delete. A 412 offers Reload; the dialog's entries are kept
 * either way, so the administrator can save (or decide on Delete) again on the current version.
 */
export function UserSaveProblemStrip({
  problem,
  onReload,
}: {
  problem: UserProblem
  onReload: () => void
}) {
  const t = useAppTexts()
  if (problem?.kind === 'conflict' || problem?.kind === 'deleteConflict') {
    return (
      <MessageStrip design="Negative" hideCloseButton role="alert">
        {`${t(problem.kind === 'conflict' ? 'user.conflict' : 'user.deleteConflict')} `}
        <Button design="Transparent" onClick={onReload}>
          {t('action.reload')}
        </Button>
      </MessageStrip>
    )
  }
  if (problem?.kind === 'failed') {
    return (
      <MessageStrip design="Negative" hideCloseButton role="alert">
        {t('user.notSaved', problem.message)}
      </MessageStrip>
    )
  }
  return null
}
