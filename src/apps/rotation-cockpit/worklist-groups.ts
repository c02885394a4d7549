import type { ReadinessRow } from '../../api/contracts/rotation'

// How the readiness worklist groups its rows. The rows and their arrangements come from the API as
// they are; this module only arranges them for the table and never judges readiness.

export const worklistGroupings = ['none', 'system', 'arrangement'] as const
export type WorklistGrouping = (typeof worklistGroupings)[number]

/** The group of users that no communication arrangement uses (arrangement names are never empty). */
export const notInArrangement = ''

/** One row of the table: a user, under one group. A user of two arrangements gives two rows. */
export interface WorklistRow extends ReadinessRow {
  /** The table's row id: unique even when a user shows under two groups. */
  rowKey: string
  /** The group's value: System ID, arrangement name or `notInArrangement`; '' when not grouped. */
  group: string
}

/** One outbound user, wherever it shows: the key a switch and a selection count users by. */
export const userKey = (row: ReadinessRow) => `${row.systemId}/${row.userId}`

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The table's rows for a grouping, in group order (the table keeps the order groups first appear
 * in): systems by ID; arrangements by name, then the users in none.
 */
export function worklistRows(
  rows: readonly ReadinessRow[],
  grouping: WorklistGrouping,
): WorklistRow[] {
  if (grouping === 'none') return rows.map((row) => ({ ...row, rowKey: userKey(row), group: '' }))
  if (grouping === 'system')
    return rows
      .map((row) => ({ ...row, rowKey: userKey(row), group: row.systemId }))
      .sort((a, b) => byText(a.group, b.group))
  // One pass over the rows (the large landscape has thousands of arrangements and users).
  const byArrangement = new Map<string, ReadinessRow[]>()
  for (const row of rows) {
    for (const name of row.arrangements.length > 0 ? row.arrangements : [notInArrangement]) {
      const members = byArrangement.get(name)
      if (members) members.push(row)
      else byArrangement.set(name, [row])
    }
  }
  const names = [...byArrangement.keys()].filter((name) => name !== notInArrangement).sort(byText)
  return [...names, notInArrangement].flatMap((name) =>
    (byArrangement.get(name) ?? []).map((row) => ({
      ...row,
      rowKey: `${name}|${userKey(row)}`,
      group: name,
    })),
  )
}

/** The users of the selected rows, each once, in the order they show: what a switch acts on. */
export function selectedUsers(
  rows: readonly WorklistRow[],
  selectedIds: Readonly<Record<string, boolean>>,
): ReadinessRow[] {
  const seen = new Set<string>()
  const users: ReadinessRow[] = []
  for (const row of rows) {
    const key = userKey(row)
    if (!selectedIds[row.rowKey] || seen.has(key)) continue
    seen.add(key)
    users.push(row)
  }
  return users
}

/**
 * The selection after a change in the table, with every row of a user ticked alike: ticking (or
 * unticking) a user under one arrangement does the same under the others, so what is ticked on
 * screen is what the switch acts on. Ids the table does not show (group rows) are dropped.
 */
export function selectionOfUsers(
  rows: readonly WorklistRow[],
  previous: Readonly<Record<string, boolean>>,
  next: Readonly<Record<string, boolean>>,
): Record<string, boolean> {
  const changed = new Map<string, boolean>()
  for (const row of rows) {
    const now = next[row.rowKey] === true
    if ((previous[row.rowKey] === true) !== now) changed.set(userKey(row), now)
  }
  const result: Record<string, boolean> = {}
  for (const row of rows) {
    if (changed.get(userKey(row)) ?? next[row.rowKey] === true) result[row.rowKey] = true
  }
  return result
}
