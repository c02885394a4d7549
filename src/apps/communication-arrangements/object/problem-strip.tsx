import { SaveProblemStrip } from '../../../ui/editing/save-problem-strip'
import { useAppTexts } from '../i18n/texts'

/** Why a save or delete did not go through: changed meanwhile (412), or a reason to read. */
export type Problem = { kind: 'conflict' } | { kind: 'failed'; text: string } | undefined

/** A 412 offers Reload (never a silent overwrite); any other refusal says the API's reason. */
export function ProblemStrip({ problem, onReload }: { problem: Problem; onReload: () => void }) {
  const t = useAppTexts()
  if (problem?.kind === 'conflict')
    return <SaveProblemStrip text={t('object.conflict')} onReload={onReload} />
  return <SaveProblemStrip text={problem?.text} />
}
