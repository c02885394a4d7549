import { describe, expect, it } from 'vitest'
import type { ChangeRecord } from '../../api/contracts/common'
import { toNotices } from './rotation-notices'

const base = { actor: 'SAP', category: 'Client Certificate', message: 'm.' } as const
const records: ChangeRecord[] = [
  {
    ...base,
    id: 1,
    date: '2027-02-01',
    objectId: 'default-2026-08-01',
    field: 'Description',
    oldValue: 'Client Default',
    newValue: 'Client Default Expiring',
  },
  {
    ...base,
    id: 2,
    date: '2027-02-01',
    objectId: 'default-2027-02-01',
    newValue: 'Client Default',
  },
  {
    ...base,
    id: 5,
    date: '2027-03-01',
    objectId: 'default-2026-08-01',
    oldValue: 'Client Default Expiring',
  },
]

describe('rotation notices', () => {
  it('keeps issuances and rotations, not the relabelling, newest first, each with its link', () => {
    const notices = toNotices(records)
    expect(notices.map((notice) => [notice.kind, notice.href])).toEqual([
      ['Rotation', '#/RotationCockpit-display'],
      ['Issuance', '#/ClientCertificate-maintain/default-2027-02-01'],
    ])
    expect(notices[1]?.title).toBe('New Client Default issued on Feb 1, 2027')
  })
})
