// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { generateCaKeyPair, generateRsaKeyPair, RSA_SHA256, webCrypto } from './web-crypto'
import { describeCertificate, type CertificateMaterial } from './certificate-material'
import { toX509Name, type NameParts } from './distinguished-name'
import { endOfDayUtc, startOfDayUtc } from './dates'
import { toPem } from './encoding'
import { keyMatchesCertificate } from './key-matches-certificate'
import { newSerialNumber, normalizeSerialNumber } from './serial-number'

/** A certificate as persisted: PEM plus its JSON description. No key material. */
export interface CertificateRecord {
  pem: string
  material: CertificateMaterial
}

/** The JSON half of a CA chain: persist it with the rest of the simulated state. */
export interface CaChainRecord {
  root: CertificateRecord
  clientCa: CertificateRecord
}

/**
 * A usable CA chain. Persist `record` as JSON and `signingKey` as a CryptoKey (IndexedDB structured clone,
 * outside any JSON); rebuild with restoreCaChain. The root's private key is discarded once it has signed the client CA.
 */
export interface CaChain {
  record: CaChainRecord
  signingKey: CryptoKey
  clientCaCertificate: x509.X509Certificate
}

export interface CaChainOptions {
  rootName?: NameParts
  clientCaName?: NameParts
  /** YYYY-MM-DD; defaults cover the clock's whole sane window (2000–2199) plus one leaf lifetime. */
  validFrom?: string
  validTo?: string
  /** Hex serials to keep (an imported landscape re-made with new keys); random when omitted. */
  rootSerialNumber?: string
  clientCaSerialNumber?: string
}

// Modelled on SAP's real chain (SAP Cloud Root CA → SAP PKI Certificate Service Client CA); "(simulated)" keeps
// anyone from mistaking these for the real CAs.
export const DEFAULT_ROOT_NAME: NameParts = {
  CN: 'SAP Cloud Root CA (simulated)',
  O: 'SAP SE',
  C: 'DE',
}
export const DEFAULT_CLIENT_CA_NAME: NameParts = {
  CN: 'SAP PKI Certificate Service Client CA (simulated)',
  OU: 'SAP BTP Clients',
  O: 'SAP SE',
  L: 'Walldorf',
  C: 'DE',
}

/** Creates a fresh root CA and client CA (RSA-2048, SHA-256) with non-extractable keys. */
export async function createCaChain(options: CaChainOptions = {}): Promise<CaChain> {
  const notBefore = startOfDayUtc(options.validFrom ?? '2000-01-01')
  const notAfter = endOfDayUtc(options.validTo ?? '2201-12-31')
  // The root's key signs once, here, and is dropped; only the client CA's is kept (see allowCaKeyExport).
  const [rootKeys, clientCaKeys] = await Promise.all([generateRsaKeyPair(), generateCaKeyPair()])
  const root = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: serialOrNew(options.rootSerialNumber),
      name: toX509Name(options.rootName ?? DEFAULT_ROOT_NAME),
      notBefore,
      notAfter,
      signingAlgorithm: RSA_SHA256,
      keys: rootKeys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
          true,
        ),
        await x509.SubjectKeyIdentifierExtension.create(rootKeys.publicKey, false, webCrypto),
      ],
    },
    webCrypto,
  )
  const clientCa = await x509.X509CertificateGenerator.create(
    {
      serialNumber: serialOrNew(options.clientCaSerialNumber),
      subject: toX509Name(options.clientCaName ?? DEFAULT_CLIENT_CA_NAME),
      issuer: root.subjectName,
      notBefore,
      notAfter,
      signingAlgorithm: RSA_SHA256,
      publicKey: clientCaKeys.publicKey,
      signingKey: rootKeys.privateKey,
      extensions: [
        // pathLength 0: this CA issues end-entity (client) certificates only.
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
          true,
        ),
        await x509.SubjectKeyIdentifierExtension.create(clientCaKeys.publicKey, false, webCrypto),
        await x509.AuthorityKeyIdentifierExtension.create(rootKeys.publicKey, false, webCrypto),
      ],
    },
    webCrypto,
  )
  const record = { root: await toRecord(root), clientCa: await toRecord(clientCa) }
  return { record, signingKey: clientCaKeys.privateKey, clientCaCertificate: clientCa }
}

const serialOrNew = (serial: string | undefined) =>
  serial === undefined ? newSerialNumber() : normalizeSerialNumber(serial)

/** Rebuilds a CA chain from its persisted record and key; throws if the key does not belong to the client CA. */
export async function restoreCaChain(
  record: CaChainRecord,
  signingKey: CryptoKey,
): Promise<CaChain> {
  const clientCaCertificate = new x509.X509Certificate(record.clientCa.pem)
  if (signingKey.type !== 'private' || !signingKey.usages.includes('sign')) {
    throw new TypeError('The client CA signing key must be a private key usable for signing')
  }
  // A signature round trip proves the stored key matches the stored certificate (catches mixed-up stores).
  if (!(await keyMatchesCertificate(signingKey, clientCaCertificate))) {
    throw new Error('The stored signing key does not belong to the stored client CA certificate')
  }
  return { record, signingKey, clientCaCertificate }
}

/** Encodes a generated certificate as a persistable record. */
export async function toRecord(certificate: x509.X509Certificate): Promise<CertificateRecord> {
  return {
    pem: toPem(new Uint8Array(certificate.rawData), 'CERTIFICATE'),
    material: await describeCertificate(certificate),
  }
}
