import { describe, expect, it } from 'vitest'
import { readinessStatus, type ReadinessStatus } from '../../api/contracts/common'
import type { ReadinessReport, ReadinessRow } from '../../api/contracts/rotation'
import { everyUserDone, readyCount, rowsWithWarning } from './readiness-figures'

const row = (userName: string, readiness: ReadinessStatus, extra: Partial<ReadinessRow> = {}) =>
  ({ userName, readiness, ...extra }) as ReadinessRow

function report(
  rows: ReadinessRow[],
  phase: ReadinessReport['phase'] = 'Overlap',
): ReadinessReport {
  const counts = Object.fromEntries(
    readinessStatus.options.map((status) => [
      status,
      rows.filter((r) => r.readiness === status).length,
    ]),
  ) as ReadinessReport['counts']
  return {
    today: '2027-02-14',
    phase,
    issuanceDate: '2027-02-01',
    rotationDate: '2027-03-01',
    counts,
    rows,
  }
}

describe('the cockpit’s figures', () => {
  it('count users on a customer certificate as ready: the rotation asks nothing of them', () => {
    const rows = [
      row('A', 'Done'),
      row('B', 'Not affected'),
      row('C', 'Upload pending'),
      row('D', 'OK'),
    ]
    expect(readyCount(report(rows))).toBe(3)
  })

  it('call the overlap done when every user is Done or Not affected, and at least one is Done', () => {
    expect(everyUserDone(report([row('A', 'Done'), row('B', 'Not affected')]))).toBe(true)
    expect(everyUserDone(report([row('A', 'Done'), row('B', 'Switch pending')]))).toBe(false)
    expect(everyUserDone(report([row('B', 'Not affected')]))).toBe(false)
    expect(everyUserDone(report([row('A', 'Done')], 'Stable'))).toBe(false)
  })

  it('list the rows that carry the API’s warning', () => {
    const warning = {
      code: 'customer-certificate-expires-soon' as const,
      date: '2027-04-01',
      daysLeft: 46,
      message: 'expires soon',
    }
    const rows = [row('A', 'Not affected', { warning }), row('B', 'Not affected')]
    expect(rowsWithWarning(report(rows))).toEqual([{ row: rows[0], warning }])
  })
})
