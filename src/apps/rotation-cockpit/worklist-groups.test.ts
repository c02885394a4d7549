import { describe, expect, it } from 'vitest'
import type { ReadinessRow } from '../../api/contracts/rotation'
import {
  notInArrangement,
  selectedUsers,
  selectionOfUsers,
  userKey,
  worklistRows,
  type WorklistRow,
} from './worklist-groups'

function user(systemId: string, userId: string, arrangements: string[]): ReadinessRow {
  return {
    systemId,
    systemName: systemId,
    userId,
    userName: `BTP_${userId}`,
    host: `${systemId.toLowerCase()}.example.com`,
    certificateId: 'c1',
    certificateDescription: 'Client Default Expiring',
    certificateRole: 'Client Default Expiring',
    readiness: 'Switch pending',
    today: { status: 200, reason: 'trusted' },
    afterRotation: { status: 200, reason: 'trusted' },
    arrangements,
  } as unknown as ReadinessRow
}

const hr = user('SFSF', 'HR', ['Z_HR'])
const shared = user('S4H', 'SHARED', ['Z_FIN', 'Z_HR'])
const alone = user('S4H', 'ALONE', [])
const rows = [hr, shared, alone]

const ids = (table: WorklistRow[]) => table.map((row) => [row.group, row.rowKey])

describe('worklistRows', () => {
  it('keeps the API order and one row per user when not grouped', () => {
    expect(ids(worklistRows(rows, 'none'))).toEqual([
      ['', 'SFSF/HR'],
      ['', 'S4H/SHARED'],
      ['', 'S4H/ALONE'],
    ])
  })

  it('groups by System ID, one row per user', () => {
    expect(ids(worklistRows(rows, 'system'))).toEqual([
      ['S4H', 'S4H/SHARED'],
      ['S4H', 'S4H/ALONE'],
      ['SFSF', 'SFSF/HR'],
    ])
  })

  it('shows a user under every arrangement that uses it, and users in none last', () => {
    const table = worklistRows(rows, 'arrangement')
    expect(ids(table)).toEqual([
      ['Z_FIN', 'Z_FIN|S4H/SHARED'],
      ['Z_HR', 'Z_HR|SFSF/HR'],
      ['Z_HR', 'Z_HR|S4H/SHARED'],
      [notInArrangement, `${notInArrangement}|S4H/ALONE`],
    ])
    expect(new Set(table.map((row) => row.rowKey)).size).toBe(table.length)
  })

  it('has no group of users in none when every user is in an arrangement', () => {
    expect(worklistRows([hr], 'arrangement').map((row) => row.group)).toEqual(['Z_HR'])
  })
})

describe('selectedUsers', () => {
  const table = worklistRows(rows, 'arrangement')

  it('gives a user ticked under two arrangements once', () => {
    const picked = selectedUsers(table, { 'Z_FIN|S4H/SHARED': true, 'Z_HR|S4H/SHARED': true })
    expect(picked.map(userKey)).toEqual(['S4H/SHARED'])
  })

  it('ignores ids the table does not show and unticked ones', () => {
    const picked = selectedUsers(table, {
      'arrangement:Z_HR': true,
      'Z_HR|SFSF/HR': false,
      [`${notInArrangement}|S4H/ALONE`]: true,
    })
    expect(picked.map(userKey)).toEqual(['S4H/ALONE'])
  })
})

describe('selectionOfUsers', () => {
  const table = worklistRows(rows, 'arrangement')

  it('ticks a user under every arrangement when it is ticked under one', () => {
    expect(
      selectionOfUsers(table, {}, { 'Z_HR|S4H/SHARED': true, 'arrangement:Z_HR': true }),
    ).toEqual({ 'Z_FIN|S4H/SHARED': true, 'Z_HR|S4H/SHARED': true })
  })

  it('unticks it everywhere when it is unticked under one, and keeps the others', () => {
    const before = { 'Z_FIN|S4H/SHARED': true, 'Z_HR|S4H/SHARED': true, 'Z_HR|SFSF/HR': true }
    const after = { 'Z_HR|S4H/SHARED': true, 'Z_HR|SFSF/HR': true }
    expect(selectionOfUsers(table, before, after)).toEqual({ 'Z_HR|SFSF/HR': true })
  })

  it('takes a select-all as it is', () => {
    const all = Object.fromEntries(table.map((row) => [row.rowKey, true]))
    expect(selectionOfUsers(table, {}, all)).toEqual(all)
  })
})
