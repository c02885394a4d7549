import { ObjectStatus } from '@ui5/webcomponents-react'
import type { ReadinessStatus } from '../../api/contracts/common'
import { readinessState, useReadinessWords } from './readiness-words'

/** A readiness as Fiori shows a status: colour and icon, the words always readable. */
export function ReadinessStatusView({ readiness }: { readiness: ReadinessStatus | undefined }) {
  const words = useReadinessWords()
  if (!readiness) return <ObjectStatus>{words.readiness(readiness)}</ObjectStatus>
  return (
    <ObjectStatus
      state={readinessState[readiness]}
      showDefaultIcon
      title={words.explanation(readiness)}
    >
      {words.readiness(readiness)}
    </ObjectStatus>
  )
}
