import { afterEach, describe, expect, it } from 'vitest'
import type { ChangeRecord } from '../../api/contracts/common'
import { setFormatLocale } from '../format'
import { loadTexts } from '../i18n/text-bundle'
import { uiTexts } from '../i18n/ui-text-bundle'
import { noticeTexts, toNotices } from './rotation-notices'

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

afterEach(() => setFormatLocale('en-US'))

describe('rotation notices', () => {
  it('keeps issuances and rotations, not the relabelling, newest first, each with its link', async () => {
    const t = await loadTexts(uiTexts, 'en')
    const notices = toNotices(records)
    expect(notices.map((notice) => [notice.kind, notice.href])).toEqual([
      ['Rotation', '#/RotationCockpit-display'],
      ['Issuance', '#/ClientCertificate-maintain/default-2027-02-01'],
    ])
    expect(noticeTexts(notices[1]!, t)).toEqual({
      title: 'New Client Default issued on Feb 1, 2027',
      text: 'm. Export it and upload it to your external systems, then switch your users.',
    })
    expect(noticeTexts(notices[0]!, t)).toEqual({
      title: 'Rotation on Mar 1, 2027',
      text: 'm. Remaining users were migrated to Client Default.',
    })
  })

  it('speaks German around the API’s message and keeps the certificate’s description', async () => {
    const t = await loadTexts(uiTexts, 'de')
    setFormatLocale('de-DE')
    const [rotation, issuance] = toNotices(records)
    expect(noticeTexts(issuance!, t).title).toBe('Neues Client Default am 01.02.2027 ausgestellt')
    expect(noticeTexts(rotation!, t)).toEqual({
      title: 'Rotation am 01.03.2027',
      text: 'm. Die übrigen Benutzer wurden auf Client Default migriert.',
    })
  })

  it('tells an issuance and a rotation by what SAP did, not by the certificate’s description', () => {
    const described = (record: ChangeRecord, text: string): ChangeRecord =>
      record.newValue === undefined ? { ...record, oldValue: text } : { ...record, newValue: text }
    const renamed = records.map((record) =>
      record.field === undefined ? described(record, 'Standard-Client-Zertifikat') : record,
    )
    expect(toNotices(renamed).map((notice) => notice.kind)).toEqual(['Rotation', 'Issuance'])
    // A change of one field (a relabelling) is neither.
    const fieldChanges = records.map((record) => ({ ...record, field: 'Description' }))
    expect(toNotices(fieldChanges)).toEqual([])
  })
})
