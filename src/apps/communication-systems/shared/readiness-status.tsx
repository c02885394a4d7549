import { ObjectStatus } from '@ui5/webcomponents-react'
import type { ReadinessStatus } from '../../../api/contracts/common'
import { useAppTexts } from '../i18n/texts'
import { readinessText } from './enum-texts'

// The readiness comes from the API; the screen only chooses how loud each status is.
const stateOf: Record<ReadinessStatus, 'Positive' | 'Critical' | 'Negative' | 'Information'> = {
  Done: 'Positive',
  OK: 'Positive',
  'Switch pending': 'Critical',
  'Upload pending': 'Critical',
  Broken: 'Negative',
}

/** A readiness as Fiori shows a status: colour and icon, the words always readable. */
export function ReadinessStatusView({ readiness }: { readiness: ReadinessStatus | undefined }) {
  const t = useAppTexts()
  if (!readiness) return <ObjectStatus>{readinessText(t, readiness)}</ObjectStatus>
  return (
    <ObjectStatus state={stateOf[readiness]} showDefaultIcon>
      {readinessText(t, readiness)}
    </ObjectStatus>
  )
}

export const readinessValues: readonly ReadinessStatus[] = [
  'Done',
  'Switch pending',
  'Upload pending',
  'Broken',
  'OK',
]
