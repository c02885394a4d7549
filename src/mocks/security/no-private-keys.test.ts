import { describe, expect, it } from 'vitest'
import { scenarios } from '../scenarios/scenario-catalog'
import { startApiServer } from '../testing/api-server'
import { fileFindings, privateKeyFindings, scanScenario } from './leak-scan.test-helper'

const { backend } = startApiServer()

// The large landscape has a file of its own (no-private-keys-large.test.ts), so both run in parallel.
const small = scenarios.filter((scenario) => scenario.id !== 'large-landscape')

describe('no private key leaves the backend', () => {
  it.each(small.map((scenario) => [scenario.id]))(
    '%s: no response of a full walk and nothing JSON-able in the persisted system holds a key',
    async (scenarioId) => {
      const { findings, keys } = await scanScenario(backend, scenarioId)
      expect(findings).toEqual([])
      expect(keys.length).toBeGreaterThan(1)
      for (const key of keys) expect(key).toMatchObject({ type: 'private', extractable: false })
    },
    30_000,
  )

  it('the scan itself finds a key in each form it looks for', async () => {
    const { subtle } = globalThis.crypto
    const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign'])
    const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey))
    const base64 = Buffer.from(pkcs8).toString('base64')
    const jwk = await subtle.exportKey('jwk', pair.privateKey)
    expect(privateKeyFindings('a', JSON.stringify({ key: base64 }))).toHaveLength(1)
    const wrapped = base64.match(/.{1,64}/g)!.join('\n')
    expect(privateKeyFindings('a2', JSON.stringify({ key: wrapped }))).toHaveLength(1)
    expect(privateKeyFindings('b', JSON.stringify(jwk))).toHaveLength(1)
    expect(privateKeyFindings('c', '-----BEGIN EC PRIVATE KEY-----')).toHaveLength(1)
    expect(fileFindings('d', pkcs8)).toHaveLength(1)
  })
})
