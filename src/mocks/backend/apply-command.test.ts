import { describe, expect, it } from 'vitest'
import { findScenario } from '../scenarios/scenario-catalog'
import { advanceClockTo } from './apply-command'

describe('advanceClockTo', () => {
  it('keeps private keys only for certificates that are still listed', async () => {
    const start = await findScenario('before-issuance')!.build()
    // Two cycles: two certificates are issued, and two are removed by their rotations.
    const applied = await advanceClockTo(start, '2028-08-10')
    if (!applied.ok) throw new Error(applied.error.message)
    const { certificates } = applied.system.state
    const removed = certificates.filter((c) => c.removedOn !== undefined).map((c) => c.id)
    const listed = certificates.filter((c) => c.removedOn === undefined).map((c) => c.id)
    expect(removed.length).toBeGreaterThanOrEqual(2)
    const keyIds = Object.keys(applied.system.pki.privateKeys)
    expect(keyIds.filter((id) => removed.includes(id))).toEqual([])
    expect(keyIds.filter((id) => listed.includes(id)).length).toBeGreaterThan(0)
  }, 60_000)
})
