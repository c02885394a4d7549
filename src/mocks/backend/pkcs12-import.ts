import type { ParsedCertificate } from '../pki/parse-upload'

/** A certificate and its key from a PKCS #12 file, or why the file was refused. */
export type ImportedPkcs12 =
  | { ok: true; certificate: ParsedCertificate; chain: ParsedCertificate[]; privateKey: CryptoKey }
  | { ok: false; code: string; reason: string }

/** Imports a .p12/.pfx file (the PKI, and @peculiar/x509, load on first use). */
export async function importPkcs12File(
  file: Uint8Array,
  password: string,
  today: string,
): Promise<ImportedPkcs12> {
  await import('reflect-metadata')
  const { importPkcs12 } = await import('../pki/pkcs12')
  return importPkcs12(file, password, today)
}
