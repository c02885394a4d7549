import { parseCalendarDate, type IsoDate } from './calendar'
import { fail, type Result } from './errors'
import {
  CLIENT_DEFAULT,
  CLIENT_DEFAULT_EXPIRING,
  type ChangeLogEntry,
  type ChangeRecord,
  type MigrationBatch,
} from './types'

/** Whether a log entry stands for many migration records rather than being one record. */
export function isMigrationBatch(entry: ChangeLogEntry): entry is MigrationBatch {
  return 'kind' in entry && entry.kind === 'migration'
}

/** The record of the `position`-th user of a migration batch. */
export function migrationRecord(batch: MigrationBatch, position: number): ChangeRecord {
  const systemId = batch.systemIds[position] ?? ''
  const userName = batch.userNames[position] ?? ''
  const from = batch.fromCertificateId
  const to = batch.toCertificateId
  return {
    id: batch.firstId + position,
    date: batch.date,
    actor: 'SAP',
    category: 'Users for Outbound Communication',
    systemId,
    objectId: batch.userIds[position] ?? '',
    field: 'Client Certificate',
    oldValue: from,
    newValue: to,
    message: `SAP migrated outbound user ${userName} of communication system ${systemId} from ${CLIENT_DEFAULT_EXPIRING} (${from}) to ${CLIENT_DEFAULT} (${to}).`,
  }
}

/** The change records of log entries, in order (migration batches expanded). */
export function expandEntries(entries: readonly ChangeLogEntry[]): ChangeRecord[] {
  const records: ChangeRecord[] = []
  for (const entry of entries) {
    if (!isMigrationBatch(entry)) records.push(entry)
    else for (let i = 0; i < entry.userIds.length; i++) records.push(migrationRecord(entry, i))
  }
  return records
}

/** What Display Changes and the audit log narrow the change log by; an absent member narrows nothing. */
export interface ChangeFilter {
  readonly systemId?: string
  readonly actor?: ChangeRecord['actor']
  /** Any of these categories; empty or absent: every category. */
  readonly categories?: readonly ChangeRecord['category'][]
  /** Changed At from this day on (inclusive). */
  readonly from?: IsoDate
  /** Changed At up to this day (inclusive). */
  readonly to?: IsoDate
}

/** A page of the change log, newest first, and how many records match in all. */
export interface ChangePage {
  readonly items: ChangeRecord[]
  readonly total: number
}

const migrationActor: ChangeRecord['actor'] = 'SAP'
const migrationCategory: ChangeRecord['category'] = 'Users for Outbound Communication'

/**
 * Checks a filter's Changed At range: real calendar days, the start not after the end. The
 * range may reach beyond the simulated clock's dates: it only narrows what is listed.
 */
export function checkChangeFilter(filter: ChangeFilter): Result<ChangeFilter> {
  for (const field of ['from', 'to'] as const) {
    const date = filter[field]
    if (date === undefined) continue
    const parsed = parseCalendarDate(date, field)
    if (!parsed.ok) return parsed
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to)
    return fail(
      'InvalidCommand',
      `Changed At: the end ${filter.to} is before the start ${filter.from}.`,
      'to',
    )
  return { ok: true, value: filter }
}

/**
 * The newest-first page of the records that match, without expanding every migration batch:
 * a ten-year jump leaves hundreds of thousands of records, and a page shows a hundred. A batch
 * has one date, actor and category, so those filters take or skip it whole; only a System ID
 * filter looks at its users, and without one the batch's part of the page is computed, not walked.
 */
export function queryChanges(
  entries: readonly ChangeLogEntry[],
  filter: ChangeFilter,
  offset = 0,
  limit = Number.POSITIVE_INFINITY,
): ChangePage {
  const items: ChangeRecord[] = []
  let total = 0
  const take = (record: () => ChangeRecord) => {
    if (total >= offset && items.length < limit) items.push(record())
    total++
  }
  for (let e = entries.length - 1; e >= 0; e--) {
    const entry = entries[e] as ChangeLogEntry
    if (!isMigrationBatch(entry)) {
      if (matches(entry, filter)) take(() => entry)
      continue
    }
    if (!matchesHeader(entry.date, migrationActor, migrationCategory, filter)) continue
    const count = entry.userIds.length
    if (!filter.systemId) {
      // Newest first: the batch's k-th record is its user at position count - 1 - k.
      for (let k = Math.max(offset - total, 0); k < count && items.length < limit; k++)
        items.push(migrationRecord(entry, count - 1 - k))
      total += count
      continue
    }
    for (let i = count - 1; i >= 0; i--) {
      if (entry.systemIds[i] !== filter.systemId) continue
      take(() => migrationRecord(entry, i))
    }
  }
  return { items, total }
}

function matchesHeader(
  date: IsoDate,
  actor: ChangeRecord['actor'],
  category: ChangeRecord['category'],
  filter: ChangeFilter,
): boolean {
  return (
    (!filter.actor || actor === filter.actor) &&
    (!filter.categories?.length || filter.categories.includes(category)) &&
    (filter.from === undefined || date >= filter.from) &&
    (filter.to === undefined || date <= filter.to)
  )
}

function matches(record: ChangeRecord, filter: ChangeFilter): boolean {
  return (
    (!filter.systemId || record.systemId === filter.systemId) &&
    matchesHeader(record.date, record.actor, record.category, filter)
  )
}
