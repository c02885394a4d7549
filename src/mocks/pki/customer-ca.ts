// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { addOneYear } from '../../domain/calendar'
import { generateCaKeyPair, RSA_SHA256, webCrypto } from './web-crypto'
import { toRecord, type CertificateRecord } from './ca'
import { toX509Name, type NameParts } from './distinguished-name'
import { endOfDayUtc, startOfDayUtc } from './dates'
import { keyMatchesCertificate } from './key-matches-certificate'
import { toParsedCertificate, type ParsedCertificate } from './parse-upload'
import { readSigningRequest } from './read-signing-request'
import { newSerialNumber } from './serial-number'
import { rejectSignRequest, type SignRequestRejection } from './sign-request-rejection'

export type { SignRequestRejection, SignRequestRejectionCode } from './sign-request-rejection'

/** The JSON half of the customer CA: persist it with the rest of the simulated state. */
export interface CustomerCaRecord {
  root: CertificateRecord
}

/**
 * The simulated customer CA, a single root that signs client certificates directly (many companies' internal CAs
 * for a rehearsal are this simple). Persist `record` as JSON and `signingKey` as a CryptoKey, exactly as a CaChain
 * (IndexedDB structured clone; the lab server seals it, see allowCaKeyExport); rebuild with restoreCustomerCa.
 */
export interface CustomerCa {
  record: CustomerCaRecord
  signingKey: CryptoKey
  rootCertificate: x509.X509Certificate
}

export const CUSTOMER_ROOT_NAME: NameParts = {
  CN: 'Customer Root CA (simulated)',
  O: 'Example Customer',
}

/** A real root lives about 20 years; the simulated clock can jump years ahead, and leaves never outlive it. */
const ROOT_YEARS = 20
const LEAF_YEARS = 2

/** Creates the customer root CA (RSA-2048, SHA-256), valid from `today` (YYYY-MM-DD) for 20 years. */
export async function createCustomerCa(
  today: string,
  name = CUSTOMER_ROOT_NAME,
): Promise<CustomerCa> {
  const keys = await generateCaKeyPair()
  const root = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: newSerialNumber(),
      name: toX509Name(name),
      notBefore: startOfDayUtc(today),
      notAfter: endOfDayUtc(addYears(today, ROOT_YEARS)),
      signingAlgorithm: RSA_SHA256,
      keys,
      extensions: [
        // pathLength 0: it signs client certificates only, never another CA.
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
          true,
        ),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, webCrypto),
      ],
    },
    webCrypto,
  )
  return {
    record: { root: await toRecord(root) },
    signingKey: keys.privateKey,
    rootCertificate: root,
  }
}

/** Rebuilds the customer CA from its persisted record and key; throws if the key does not belong to the root. */
export async function restoreCustomerCa(
  record: CustomerCaRecord,
  signingKey: CryptoKey,
): Promise<CustomerCa> {
  const rootCertificate = new x509.X509Certificate(record.root.pem)
  if (!(await keyMatchesCertificate(signingKey, rootCertificate))) {
    throw new Error(
      'The stored signing key does not belong to the stored customer root CA certificate',
    )
  }
  return { record, signingKey, rootCertificate }
}

/** A client certificate the customer CA signed, as PEM alone and followed by the root (what a CA hands back). */
export interface SignedRequest {
  ok: true
  certificatePem: string
  chainPem: string
  certificate: ParsedCertificate
}

/**
 * Signs a PKCS #10 request (PEM or DER) after checking its self-signature: a client certificate for the request's
 * subject and key, valid from `today` for two years (never past the root), clientAuth, CA:FALSE, random serial.
 */
export async function signRequest(
  ca: CustomerCa,
  csr: Uint8Array,
  today: string,
): Promise<SignedRequest | SignRequestRejection> {
  const read = await readSigningRequest(csr)
  if (!read.ok) return read
  const { request } = read
  if (request.subjectName.toJSON().length === 0) return rejectSignRequest('empty-subject')
  const rootMaterial = ca.record.root.material
  if (today < rootMaterial.validFrom || today > rootMaterial.validTo) {
    const range = ` (valid from ${rootMaterial.validFrom} to ${rootMaterial.validTo}; the simulated day is ${today})`
    return rejectSignRequest('ca-not-valid', range)
  }
  const keyAlgorithm = request.publicKey.algorithm.name
  if (keyAlgorithm !== 'RSASSA-PKCS1-v1_5' && keyAlgorithm !== 'ECDSA') {
    return rejectSignRequest('unsupported-key', ` (${keyAlgorithm})`)
  }
  const leafEnd = addYears(today, LEAF_YEARS)
  const certificate = await x509.X509CertificateGenerator.create(
    {
      serialNumber: newSerialNumber(),
      subject: request.subjectName,
      issuer: ca.rootCertificate.subjectName,
      notBefore: startOfDayUtc(today),
      notAfter: endOfDayUtc(leafEnd < rootMaterial.validTo ? leafEnd : rootMaterial.validTo),
      signingAlgorithm: RSA_SHA256,
      publicKey: request.publicKey,
      signingKey: ca.signingKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(keyUsageFor(keyAlgorithm), true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
        await x509.SubjectKeyIdentifierExtension.create(request.publicKey, false, webCrypto),
        await x509.AuthorityKeyIdentifierExtension.create(
          ca.rootCertificate.publicKey,
          false,
          webCrypto,
        ),
      ],
    },
    webCrypto,
  )
  const parsed = await toParsedCertificate(certificate)
  return {
    ok: true,
    certificatePem: parsed.pem,
    chainPem: parsed.pem + ca.record.root.pem,
    certificate: parsed,
  }
}

// keyEncipherment is RSA key transport: an EC key cannot encipher, so its certificate says digitalSignature only.
function keyUsageFor(keyAlgorithm: string): number {
  const rsa = keyAlgorithm === 'RSASSA-PKCS1-v1_5' ? x509.KeyUsageFlags.keyEncipherment : 0
  return x509.KeyUsageFlags.digitalSignature | rsa
}

function addYears(day: string, years: number): string {
  let result = day
  for (let i = 0; i < years; i++) result = addOneYear(result)
  return result
}
