// Test-only: runs the real openssl binary on files in a private temp directory.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Inside the run's temp directory (src/test-temp-dir.global-setup.ts), which the run removes at its end.
const directory = mkdtempSync(
  join(process.env.ROTATION_LAB_TEST_TMP ?? tmpdir(), 'rotation-lab-pki-'),
)

/** Writes content to a temp file and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(directory, name)
  writeFileSync(path, content)
  return path
}

/** Reads a temp file written by openssl. */
export function readTemp(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(directory, name)))
}

/** Runs openssl in the temp directory and returns stdout (throws with stderr on failure). */
export function openssl(...args: string[]): string {
  return execFileSync('openssl', args, {
    cwd: directory,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** Runs one openssl command line split at spaces; `extra` carries arguments that contain spaces. */
export function opensslLine(line: string, ...extra: string[]): string {
  return openssl(...line.split(/\s+/).filter(Boolean), ...extra)
}

/** Parses openssl's "key=value" lines into an object. */
export function fields(output: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const line of output.split('\n')) {
    const at = line.indexOf('=')
    if (at > 0) result[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return result
}

/**
 * Every certificate openssl finds in an exported file, as PEM blocks: storeutl reads all blocks of a PEM file and
 * a DER certificate; pkcs7 -print_certs reads a DER .p7b (openssl 3.0's storeutl does not open PKCS #7).
 */
export function opensslCertificates(path: string, format: 'pem' | 'crt' | 'der' | 'p7b'): string[] {
  const out =
    format === 'p7b'
      ? openssl('pkcs7', '-inform', 'DER', '-in', path, '-print_certs')
      : openssl('storeutl', '-certs', path)
  return out.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
}
