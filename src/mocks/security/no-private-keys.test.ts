import { describe, expect, it } from 'vitest'
import { exportFormat } from '../../api/contracts/client-certificates'
import { scenarios } from '../scenarios/scenario-catalog'
import { api, resetTo, startApiServer } from '../testing/api-server'
import { fileFindings, privateKeyFindings } from './leak-scan.test-helper'

const { backend } = startApiServer()

/** Calls the API and scans what comes back: JSON as text, files as bytes. */
async function scanned(findings: string[], path: string, init: Parameters<typeof api>[1] = {}) {
  const response = await api(path, init)
  const where = `${init.method ?? 'GET'} ${path}`
  if (response.body instanceof ArrayBuffer)
    findings.push(...fileFindings(where, new Uint8Array(response.body)))
  else findings.push(...privateKeyFindings(where, JSON.stringify(response.body)))
  return response
}

/** Every endpoint of one scenario: reads, each certificate's exports, connection checks and writes. */
async function walk(findings: string[], large: boolean) {
  for (const path of ['clock', 'simulation/scenarios', 'simulation/faults', 'rotation/readiness'])
    await scanned(findings, path)
  await scanned(findings, 'events?limit=10000')
  const certificates = (await scanned(findings, 'client-certificates')).body.items
  for (const { id } of certificates) {
    await scanned(findings, `client-certificates/${id}`)
    for (const format of exportFormat.options)
      await scanned(findings, `client-certificates/${id}/export?format=${format}`)
  }
  const systems = (await scanned(findings, 'communication-systems')).body.items
  for (const { systemId } of large ? systems.slice(0, 3) : systems) {
    const system = (await scanned(findings, `communication-systems/${systemId}`)).body
    await scanned(findings, `communication-systems/${systemId}/changes`)
    for (const user of system.outboundUsers) {
      const path = `communication-systems/${systemId}/outbound-users/${user.id}/check-connection`
      await scanned(findings, path, { method: 'POST' })
    }
  }
  const hosts = (await scanned(findings, 'external-systems')).body.items
  for (const { host } of large ? hosts.slice(0, 3) : hosts)
    await scanned(findings, `external-systems/${host}`)
  const pem = await api(`client-certificates/${certificates[0].id}/export?format=pem`)
  const host = hosts[0].host
  await scanned(findings, `external-systems/${host}/trusted-certificates`, {
    method: 'POST',
    body: new Uint8Array(pem.body),
  })
  await scanned(findings, 'communication-systems', {
    method: 'POST',
    body: { systemId: 'SCAN', systemName: 'Scan', hostName: host },
  })
  await scanned(findings, 'clock/advance', { method: 'POST', body: { days: 200 } })
}

describe('no private key leaves the backend', () => {
  it.each(scenarios.map((scenario) => [scenario.id]))(
    '%s: no response of a full walk and nothing JSON-able in the persisted system holds a key',
    async (scenarioId) => {
      const findings: string[] = []
      findings.push(
        ...privateKeyFindings('reset', JSON.stringify((await resetTo(scenarioId)).body)),
      )
      await walk(findings, scenarioId === 'large-landscape')
      const persisted = await backend.read()
      // JSON.stringify is what any JSON export or log of the state would do: CryptoKeys become {}.
      findings.push(...privateKeyFindings('persisted system', JSON.stringify(persisted)))
      expect(findings).toEqual([])
      const keys = [persisted.pki.signingKey, ...Object.values(persisted.pki.privateKeys)]
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
