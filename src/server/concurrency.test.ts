import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkInvariants } from '../domain/invariants'
import { runWorkload, type WorkloadResult } from './concurrency-workload'
import { startLabClass } from './lab-class'
import { testStoreName } from './testing'

// A class on one lab server (issue 14): 30 trainees on landscapes of their own and 2 participants
// sharing one, all at once over loopback. Correctness only: `npm run bench:server` times it.
console.info(`The concurrency test runs on ${testStoreName}.`)

let lab: Awaited<ReturnType<typeof startLabClass>>
let result: WorkloadResult
beforeAll(async () => {
  lab = await startLabClass(30)
  result = await runWorkload({ trainees: lab.trainees, shared: lab.shared, participants: 2 })
}, 180_000)
afterAll(() => lab?.stop())

describe('30 trainees and 2 participants sharing a landscape, at once', () => {
  it('answers every read, and every write with 200 or a refusal (412, 409), never a failure', () => {
    const statuses = (kind: string) =>
      new Set(result.requests.filter((r) => r.kind === kind).map((r) => r.status))
    expect(statuses('read')).toEqual(new Set([200]))
    expect(new Set(result.checks.map((r) => r.status))).toEqual(new Set([200]))
    expect(statuses('export')).toEqual(new Set([200]))
    for (const kind of ['switch', 'upload', 'clock'])
      expect([...statuses(kind)].every((status) => [200, 409, 412].includes(status))).toBe(true)
    expect(result.requests.filter((r) => r.kind !== 'read').length).toBeGreaterThan(30 * 9)
  })

  it('loses no accepted write, and logs exactly one change record for each', () => {
    expect(result.lost).toEqual([])
    for (const log of result.landscapes) {
      expect(log.switches.length).toBeGreaterThan(0)
      expect(log.uploads.length).toBeGreaterThan(0)
      expect(log.clockMoves).toBe(3 * log.actors)
    }
  })

  it('refuses the participants’ racing switches with 412, and keeps the winner’s', () => {
    const shared = result.landscapes.at(-1)!
    expect(shared.actors).toBe(2)
    expect(shared.refused).toBeGreaterThan(0)
    const refused = result.requests.filter((r) => r.kind === 'switch' && r.status === 412)
    expect(refused.length).toBe(shared.refused)
  })

  it('keeps every landscape’s invariants', async () => {
    for (const landscape of lab.landscapes) {
      const { state } = await landscape.backend.read()
      expect(checkInvariants(state), landscape.id).toEqual([])
    }
  })
})
