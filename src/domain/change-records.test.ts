import { describe, expect, it } from 'vitest'
import { checkChangeFilter, expandEntries, queryChanges, type ChangeFilter } from './change-records'
import type { ChangeLogEntry, ChangeRecord, MigrationBatch } from './types'

// A small log, oldest first as the store keeps it: single records around two migration batches.
const record = (id: number, date: string, extra: Partial<ChangeRecord>): ChangeRecord => ({
  id,
  date,
  actor: 'Administrator',
  category: 'Communication System',
  objectId: 'A',
  message: `record ${id}`,
  ...extra,
})
const batch = (firstId: number, date: string, systemIds: string[]): MigrationBatch => ({
  kind: 'migration',
  firstId,
  date,
  fromCertificateId: 'old',
  toCertificateId: 'new',
  systemIds,
  userIds: systemIds.map((_, i) => `user-${firstId + i}`),
  userNames: systemIds.map((_, i) => `USER_${firstId + i}`),
})
const log: ChangeLogEntry[] = [
  record(1, '2027-01-10', { systemId: 'A', objectId: 'A' }),
  record(2, '2027-02-01', { actor: 'SAP', category: 'Client Certificate', objectId: 'default-b' }),
  record(3, '2027-02-14', {
    systemId: 'B',
    category: 'Users for Outbound Communication',
    objectId: 'user-9',
  }),
  batch(4, '2027-03-01', ['A', 'B', 'A']), // ids 4, 5, 6
  record(7, '2027-03-01', { actor: 'SAP', category: 'Client Certificate', objectId: 'default-a' }),
  record(8, '2027-06-30', { category: 'Clock', objectId: 'clock' }),
  batch(9, '2027-09-01', ['B', 'A']), // ids 9, 10
  record(11, '2027-09-02', { category: 'External System', objectId: 'a.example.com' }),
]

const ids = (filter: ChangeFilter, offset?: number, limit?: number) =>
  queryChanges(log, filter, offset, limit).items.map((r) => r.id)

/** The same filter written out over every record: what the fast path must agree with. */
function naive(filter: ChangeFilter): number[] {
  return expandEntries(log)
    .reverse()
    .filter(
      (r) =>
        (!filter.systemId || r.systemId === filter.systemId) &&
        (!filter.actor || r.actor === filter.actor) &&
        (!filter.categories?.length || filter.categories.includes(r.category)) &&
        (!filter.from || r.date >= filter.from) &&
        (!filter.to || r.date <= filter.to),
    )
    .map((r) => r.id)
}

describe('Display Changes filters over the change log', () => {
  it.each<[string, ChangeFilter, number[]]>([
    ['nothing', {}, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]],
    ['System ID (migration users of that system only)', { systemId: 'A' }, [10, 6, 4, 1]],
    ['Changed By SAP (migrations, issuances)', { actor: 'SAP' }, [10, 9, 7, 6, 5, 4, 2]],
    ['Changed By Administrator', { actor: 'Administrator' }, [11, 8, 3, 1]],
    ['one category', { categories: ['Client Certificate'] }, [7, 2]],
    [
      'two categories',
      { categories: ['Users for Outbound Communication', 'Clock'] },
      [10, 9, 8, 6, 5, 4, 3],
    ],
    ['no category listed: every category', { categories: [] }, naive({})],
    ['Changed At from (inclusive)', { from: '2027-06-30' }, [11, 10, 9, 8]],
    ['Changed At to (inclusive)', { to: '2027-02-01' }, [2, 1]],
    ['Changed At one day, a migration day', { from: '2027-03-01', to: '2027-03-01' }, [7, 6, 5, 4]],
    ['Changed At outside any record', { from: '2030-01-01' }, []],
    [
      'all combined',
      {
        systemId: 'A',
        actor: 'SAP',
        categories: ['Users for Outbound Communication'],
        from: '2027-03-01',
        to: '2027-08-31',
      },
      [6, 4],
    ],
    ['a filter a migration batch fails as a whole', { actor: 'Administrator', systemId: 'B' }, [3]],
  ])('%s', (_, filter, expected) => {
    expect(ids(filter)).toEqual(expected)
    expect(queryChanges(log, filter).total).toBe(expected.length)
    expect(ids(filter)).toEqual(naive(filter))
  })

  it('pages through migration batches without losing or repeating a record', () => {
    const filters: ChangeFilter[] = [
      {},
      { actor: 'SAP' },
      { systemId: 'A' },
      { from: '2027-03-01' },
    ]
    for (const filter of filters)
      for (const limit of [1, 2, 3, 4])
        for (let offset = 0; offset <= 12; offset++) {
          expect(ids(filter, offset, limit)).toEqual(naive(filter).slice(offset, offset + limit))
          expect(queryChanges(log, filter, offset, limit).total).toBe(naive(filter).length)
        }
  })

  it('expands only the page of a huge migration batch', () => {
    const users = Array.from({ length: 400_000 }, (_, i) => (i % 2 ? 'A' : 'B'))
    const huge = [batch(1, '2037-03-01', users)]
    const page = queryChanges(huge, { actor: 'SAP', from: '2037-01-01' }, 250_000, 3)
    expect(page.total).toBe(400_000)
    expect(page.items.map((r) => [r.id, r.systemId])).toEqual([
      [150_000, 'A'],
      [149_999, 'B'],
      [149_998, 'A'],
    ])
  })
})

describe('the Changed At range', () => {
  it('accepts real days in order, one day, or one end open', () => {
    for (const filter of [
      { from: '2027-01-01', to: '2027-12-31' },
      { from: '2027-02-28', to: '2027-02-28' },
      { to: '2024-02-29' },
    ])
      expect(checkChangeFilter(filter)).toEqual({ ok: true, value: filter })
  })

  it.each([
    [{ from: '2027-03-01', to: '2027-02-28' }, 'InvalidCommand', 'to'],
    [{ from: '2027-02-30' }, 'InvalidDate', 'from'],
    [{ from: '2027-01-01', to: '2027-13-01' }, 'InvalidDate', 'to'],
  ])('refuses %o naming the field', (filter, code, field) => {
    const checked = checkChangeFilter(filter)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.error).toMatchObject({ code, field })
  })
})
