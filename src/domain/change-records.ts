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

export interface ChangeFilter {
  readonly systemId?: string
  readonly actor?: ChangeRecord['actor']
  readonly category?: ChangeRecord['category']
}

/** A page of the change log, newest first, and how many records match in all. */
export interface ChangePage {
  readonly items: ChangeRecord[]
  readonly total: number
}

const migrationActor: ChangeRecord['actor'] = 'SAP'
const migrationCategory: ChangeRecord['category'] = 'Users for Outbound Communication'

/**
 * The newest-first page of the records that match, without expanding every migration batch:
 * a ten-year jump leaves hundreds of thousands of records, and a page shows a hundred.
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
    if (filter.actor && filter.actor !== migrationActor) continue
    if (filter.category && filter.category !== migrationCategory) continue
    for (let i = entry.userIds.length - 1; i >= 0; i--) {
      if (filter.systemId && entry.systemIds[i] !== filter.systemId) continue
      take(() => migrationRecord(entry, i))
    }
  }
  return { items, total }
}

function matches(record: ChangeRecord, filter: ChangeFilter): boolean {
  return (
    (!filter.systemId || record.systemId === filter.systemId) &&
    (!filter.actor || record.actor === filter.actor) &&
    (!filter.category || record.category === filter.category)
  )
}
