// Test-only: looks for private key material in text (JSON bodies, persisted state) and files.
import { exportFormat } from '../../api/contracts/client-certificates'
import type { SimulatedBackend } from '../backend/simulated-backend'
import { classifyDer } from '../pki/classify-der'
import { fromBase64 } from '../pki/encoding'
import { api, resetTo } from '../testing/api-server'

const KEY_KINDS = new Set(['private-key', 'encrypted-private-key', 'pkcs12'])
// Base-64 runs long enough to hold a key (an EC key in PKCS #8 is ~190 characters; RSA far more).
const BASE64_RUN = /[A-Za-z0-9+/]{120,}={0,2}/g
// The private members of a JWK (RSA: d, p, q, dp, dq, qi; EC and OKP: d).
const JWK_PRIVATE = /"(d|p|q|dp|dq|qi)"\s*:\s*"/

/** Every reason `text` might carry a private key; empty when clean. */
export function privateKeyFindings(where: string, text: string): string[] {
  const findings: string[] = []
  if (/PRIVATE KEY/i.test(text)) findings.push(`${where}: contains "PRIVATE KEY"`)
  if (JWK_PRIVATE.test(text)) findings.push(`${where}: contains a JWK private member`)
  // PEM-style line breaks (raw or JSON-escaped) would cut a key into short runs: join them first.
  const joined = text.replace(/\\[nr]|[\r\n]/g, '')
  for (const run of joined.match(BASE64_RUN) ?? []) {
    const der = fromBase64(run)
    if (der && KEY_KINDS.has(classifyDer(der)))
      findings.push(`${where}: Base-64 that decodes to a private key`)
  }
  return findings
}

/** The same for a binary file: the key marker in any encoding, and DER that is a key store or key. */
export function fileFindings(where: string, bytes: Uint8Array): string[] {
  const text = new TextDecoder('latin1').decode(bytes)
  const findings = privateKeyFindings(where, text)
  if (bytes[0] === 0x30 && KEY_KINDS.has(classifyDer(bytes)))
    findings.push(`${where}: DER that is a private key`)
  return findings
}

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
export async function walk(findings: string[], large: boolean) {
  for (const path of [
    'clock',
    'simulation/scenarios',
    'simulation/faults',
    'simulation/export',
    'rotation/readiness',
  ])
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
  // The small scenarios cover it; on the large one each of its writes saves 20,000 users again.
  if (!large) await walkCustomerCertificate(findings)
  await scanned(findings, 'clock/advance', { method: 'POST', body: { days: 200 } })
}

/** A customer certificate's life: Create, its request, the customer CA, the upload, Replace, the edit. */
async function walkCustomerCertificate(findings: string[]) {
  const created = await scanned(findings, 'client-certificates', {
    method: 'POST',
    body: { description: 'Scan', subject: { CN: 'scan.example.com', O: 'Example Corp', C: 'US' } },
  })
  const id = created.body.id as string
  const csr = await scanned(findings, `client-certificates/${id}/signing-request`)
  const signed = await scanned(findings, 'customer-ca/sign', {
    method: 'POST',
    body: new Uint8Array(csr.body),
  })
  await scanned(findings, 'customer-ca/certificate')
  await scanned(findings, `client-certificates/${id}/signed-certificate`, {
    method: 'POST',
    body: new Uint8Array(signed.body),
  })
  const replaced = await scanned(findings, `client-certificates/${id}/replace`, { method: 'POST' })
  await scanned(findings, `client-certificates/${id}/signing-request`)
  await scanned(findings, `client-certificates/${id}`, {
    method: 'PATCH',
    headers: { 'If-Match': replaced.headers.get('ETag') ?? '*' },
    body: { category: 'Client Default for ABAP on BTP' },
  })
  await scanned(findings, `client-certificates/${id}`)
}

/** Resets to a scenario, walks every endpoint and scans the persisted system; returns all findings. */
export async function scanScenario(backend: SimulatedBackend, scenarioId: string) {
  const findings: string[] = []
  findings.push(...privateKeyFindings('reset', JSON.stringify((await resetTo(scenarioId)).body)))
  await walk(findings, scenarioId === 'large-landscape')
  const persisted = await backend.read()
  // JSON.stringify is what any JSON export or log of the state would do: CryptoKeys become {}.
  findings.push(...privateKeyFindings('persisted system', JSON.stringify(persisted)))
  const keys = [
    persisted.pki.signingKey,
    ...Object.values(persisted.pki.privateKeys),
    ...Object.values(persisted.pki.requestKeys ?? {}),
    ...(persisted.pki.customerCa ? [persisted.pki.customerCa.signingKey] : []),
  ]
  return { findings, keys }
}
