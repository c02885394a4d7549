// Test-only: looks for private key material in text (JSON bodies, persisted state) and files.
import { classifyDer } from '../pki/classify-der'
import { fromBase64 } from '../pki/encoding'

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
