import { describe, expect, it } from 'vitest'
import { advanceClockResponse } from '../../api/contracts/clock'
import type { ChangeRecord } from '../../api/contracts/common'
import { eventsPage } from '../../api/contracts/events'
import { readinessReport } from '../../api/contracts/rotation'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

// Every rotation keeps its own record of each user SAP moved, dated on that rotation day, also
// across a ten-year jump (issue 12); the clock's answer counts them instead of listing them.

const migrations = 'events?category=Users%20for%20Outbound%20Communication&actor=SAP'
const rotationDays = Array.from({ length: 10 }, (_, i) => 2027 + i).flatMap((year) => [
  `${year}-03-01`,
  `${year}-09-01`,
])

async function allMigrationRecords(pageSize: number) {
  const records: ChangeRecord[] = []
  for (let offset = 0; ; offset += pageSize) {
    const page = eventsPage.parse(
      (await api(`${migrations}&offset=${offset}&limit=${pageSize}`)).body,
    )
    const ids = page.items.map((record) => record.id)
    expect(ids).toEqual([...ids].sort((a, b) => b - a)) // each page newest first
    records.push(...page.items)
    if (offset + pageSize >= page.total) return { records, total: page.total }
  }
}

describe('a ten-year jump from Before issuance', () => {
  it(
    'keeps one migration record per user on a default and rotation, dated on its day',
    { timeout: 60_000 },
    async () => {
      await resetTo('before-issuance')
      const before = readinessReport.parse((await api('rotation/readiness')).body)
      const onDefaults = before.rows.filter((row) => row.certificateId.startsWith('default-'))
      expect(onDefaults).toHaveLength(12) // every certificate-based user but the EDI customer one
      const { status, body } = await api('clock/advance', {
        method: 'POST',
        body: { to: '2037-01-25' },
      })
      expect(status).toBe(200)
      const advance = advanceClockResponse.parse(body)
      const expected = onDefaults.length * rotationDays.length
      expect(advance.summary).toMatchObject({
        migrationRecords: expected,
        usersMigrated: onDefaults.length,
      })
      // The answer lists the move, issuances and removals, never SAP's per-user migration records.
      expect(
        advance.records.filter(
          (record) =>
            record.actor === 'SAP' && record.category === 'Users for Outbound Communication',
        ),
      ).toEqual([])

      const { records, total } = await allMigrationRecords(70)
      expect(total).toBe(expected)
      expect(records).toHaveLength(expected)
      expect(new Set(records.map((record) => record.id)).size).toBe(expected)
      const dates = records.map((record) => record.date)
      expect(dates).toEqual([...dates].sort().reverse())
      const perDay = new Map<string, number>()
      for (const date of dates) perDay.set(date, (perDay.get(date) ?? 0) + 1)
      expect([...perDay.keys()].sort()).toEqual(rotationDays)
      expect(new Set(perDay.values())).toEqual(new Set([onDefaults.length]))
      // Each user: twenty records, one per rotation, each from the certificate it held to the next.
      for (const row of onDefaults) {
        const own = records.filter((record) => record.objectId === row.userId).reverse()
        expect(own.map((record) => record.date)).toEqual(rotationDays)
        expect(own[0]).toMatchObject({
          oldValue: 'default-2026-08-01',
          newValue: 'default-2027-02-01',
        })
        own.slice(1).forEach((record, i) => expect(record.oldValue).toBe(own[i]!.newValue))
        expect(own.every((record) => record.systemId === row.systemId)).toBe(true)
      }
    },
  )
})
