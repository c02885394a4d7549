import { ObjectStatus } from '@ui5/webcomponents-react'
import type { ReadinessStatus } from '../../../api/contracts/common'

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
  if (!readiness) return <ObjectStatus>Not certificate-based</ObjectStatus>
  return (
    <ObjectStatus state={stateOf[readiness]} showDefaultIcon>
      {readiness}
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
