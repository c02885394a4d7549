import { beforeAll, describe, expect, it } from 'vitest'
import { findScenario } from '../scenarios/scenario-catalog'
import type { SimulatedSystem } from './simulated-system'
import { damageInStoredSystem } from './stored-system-check'

let sound: SimulatedSystem
beforeAll(async () => {
  sound = await findScenario('halfway')!.build()
}, 60_000)

/** A deep copy of the sound system (its keys shared: they cannot be cloned) with one part changed. */
function damaged(change: (copy: SimulatedSystem) => void): SimulatedSystem {
  const { signingKey, privateKeys } = sound.pki
  const { pki, ...rest } = sound
  const copy: SimulatedSystem = structuredClone({
    ...rest,
    pki: { ...pki, signingKey: undefined!, privateKeys: {} },
  })
  copy.pki.signingKey = signingKey
  copy.pki.privateKeys = privateKeys
  change(copy)
  return copy
}

describe('damageInStoredSystem', () => {
  it('finds nothing in a sound system', () => {
    expect(damaged(() => {})).not.toBe(sound)
    expect(damageInStoredSystem(damaged(() => {}))).toBeUndefined()
  })

  it.each<[string, (copy: SimulatedSystem) => void, RegExp]>([
    [
      'a null communication system',
      (c) => ((c.state.systems as unknown[])[1] = null),
      /^state\.systems\.1: /,
    ],
    [
      'an outbound user without an id',
      (c) => delete (c.state.systems[0]!.outboundUsers[0] as Partial<{ id: string }>).id,
      /^state\.systems\.0: /,
    ],
    ['a null change record', (c) => ((c.changeLog as unknown[])[0] = null), /^changeLog\.0: /],
    [
      'an external system without its trust store',
      (c) => delete (c.state.externalSystems[0] as Partial<{ trustStore: unknown }>).trustStore,
      /^state\.externalSystems\.0: /,
    ],
    [
      'a certificate with a date that is no date',
      (c) => ((c.state.certificates[0] as { validTo: string }).validTo = 'soon'),
      /^state\.certificates\.0\.validTo: /,
    ],
    [
      'a missing simulated today',
      (c) => delete (c.state as Partial<{ today: string }>).today,
      /^state\.today: /,
    ],
    [
      'a certificate whose X.509 details are gone',
      (c) => (c.pki.details = {}),
      /^pki\.details\..+: The X\.509 details of certificate .+ are missing/,
    ],
    [
      'two certificates labelled Client Default',
      (c) =>
        (c.state.certificates as unknown[]).push({
          ...c.state.certificates.find((x) => x.description === 'Client Default')!,
          id: 'twin',
          material: null,
        }),
      /^state: The landscape breaks the rules of the rotation/,
    ],
    [
      'a signing key that is no key',
      (c) => (c.pki.signingKey = {} as CryptoKey),
      /^pki\.signingKey: not a key/,
    ],
  ])('names %s', (_what, change, where) => {
    expect(damageInStoredSystem(damaged(change))).toMatch(where)
  })
})
