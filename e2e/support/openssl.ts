import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// openssl as the administrator's own tool, in a private temp directory per call (the unit tests do
// the same through src/mocks/pki/openssl.test-helper.ts).

function inTempDirectory<T>(work: (directory: string) => T): T {
  const directory = mkdtempSync(join(tmpdir(), 'rotation-lab-e2e-'))
  try {
    return work(directory)
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

const run = (directory: string, args: string[]) =>
  execFileSync('openssl', args, { cwd: directory, stdio: ['ignore', 'pipe', 'pipe'] })

/** A PKCS #10 request for a fresh key (PEM text): signed, it is a certificate for another key. */
export function opensslSigningRequest(commonName: string): string {
  return inTempDirectory((directory) =>
    run(directory, [
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'key.pem',
      '-subj',
      `/CN=${commonName}`,
    ]).toString('utf8'),
  )
}

/**
 * A self-signed key and certificate in a .p12 as `openssl pkcs12 -export` writes it by default.
 * openssl 3.0 cannot backdate: the certificate is valid from the real day for `days` days, so a
 * scenario's simulated day must lie in that span (the caller checks).
 */
export function opensslPkcs12(commonName: string, password: string, days = 1500): Buffer {
  return inTempDirectory((directory) => {
    run(directory, [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'key.pem',
      '-out',
      'certificate.pem',
      '-days',
      String(days),
      '-subj',
      `/CN=${commonName}`,
    ])
    run(directory, [
      'pkcs12',
      '-export',
      '-inkey',
      'key.pem',
      '-in',
      'certificate.pem',
      '-passout',
      `pass:${password}`,
      '-out',
      'client.p12',
    ])
    return readFileSync(join(directory, 'client.p12'))
  })
}
