import type { ParsedCertificate } from '../pki/parse-upload'

/** A certificate and its key from a PKCS #12 file (the shape of pki16's importPkcs12). */
export type ImportedPkcs12 =
  | { ok: true; certificate: ParsedCertificate; chain: ParsedCertificate[]; privateKey: CryptoKey }
  | { ok: false; code: string; reason: string }

/**
 * Imports a .p12/.pfx file. PROVISIONAL: src/mocks/pki/pkcs12.ts (branch pki16) is not merged yet;
 * once it is, this body becomes `return (await import('../pki/pkcs12')).importPkcs12(file, password, today)`.
 */
export async function importPkcs12File(
  file: Uint8Array,
  password: string,
  today: string,
): Promise<ImportedPkcs12> {
  void file
  void password
  void today
  return {
    ok: false,
    code: 'unsupported',
    reason: 'PKCS #12 import is not available in this build yet.',
  }
}
