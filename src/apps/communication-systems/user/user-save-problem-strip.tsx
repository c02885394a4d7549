import { Button, MessageStrip } from '@ui5/webcomponents-react'
import { useAppTexts } from '../i18n/texts'
import type { SaveProblem } from '../shared/use-save-feedback'

/**
 * Why the user dialog did not save. A 412 offers Reload; the dialog's entries are kept either way,
 * so the administrator can save again on top of the current version.
 */
export function UserSaveProblemStrip({
  problem,
  onReload,
}: {
  problem: SaveProblem
  onReload: () => void
}) {
  const t = useAppTexts()
  if (problem?.kind === 'conflict') {
    return (
      <MessageStrip design="Negative" hideCloseButton role="alert">
        {`${t('user.conflict')} `}
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
