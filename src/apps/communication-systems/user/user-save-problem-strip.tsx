import { SaveProblemStrip } from '../../../ui/editing/save-problem-strip'
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
    const text = t(problem.kind === 'conflict' ? 'user.conflict' : 'user.deleteConflict')
    return <SaveProblemStrip text={text} onReload={onReload} />
  }
  return <SaveProblemStrip text={problem && t('user.notSaved', problem.message)} />
}
