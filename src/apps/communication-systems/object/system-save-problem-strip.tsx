import { SaveProblemStrip } from '../../../ui/editing/save-problem-strip'
import { useAppTexts } from '../i18n/texts'
import type { SaveProblem } from '../shared/use-save-feedback'

/**
 * Why the system did not save, shown above Save. A 412 offers Reload; the edits stay in the
 * fields until the user reloads or cancels.
 */
export function SystemSaveProblemStrip({
  problem,
  onReload,
}: {
  problem: SaveProblem
  onReload: () => void
}) {
  const t = useAppTexts()
  if (problem?.kind === 'conflict')
    return <SaveProblemStrip text={t('object.conflict')} onReload={onReload} />
  return <SaveProblemStrip text={problem && t('object.notSaved', problem.message)} />
}
