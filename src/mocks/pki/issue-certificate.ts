// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { generateRsaKeyPair, RSA_SHA256, webCrypto } from './web-crypto'
import { toRecord, type CaChain, type CertificateRecord } from './ca'
import { toX509Name, type NameParts } from './distinguished-name'
import { endOfDayUtc, startOfDayUtc } from './dates'
import { pemToDer } from './pem-to-der'
import { newSerialNumber, normalizeSerialNumber } from './serial-number'

export interface IssueCertificateRequest {
  subject: NameParts
  /** YYYY-MM-DD: valid from the start of that day, UTC. */
  validFrom: string
  /** YYYY-MM-DD: valid until the end of that day, UTC (the domain treats valid-to as inclusive). */
  validTo: string
  /** Hex; a random 128-bit serial when omitted. Callers giving serials must keep them unique per CA. */
  serialNumber?: string
  /** The subject's key pair, e.g. from a KeyPool; a fresh non-extractable pair when omitted. */
  keys?: CryptoKeyPair
}

/** A client certificate: `record` is JSON-safe for persistence; `privateKey` must be stored only as a CryptoKey. */
export interface IssuedCertificate {
  record: CertificateRecord
  der: Uint8Array<ArrayBuffer>
  privateKey: CryptoKey
}

/** Subject of an SAP BTP ABAP system's client certificate, e.g. for host "abc-123.abap.eu10.hana.ondemand.com". */
export function abapSystemSubject(host: string): NameParts {
  return { CN: host, OU: 'SAP BTP ABAP environment', O: 'SAP SE', L: 'Walldorf', C: 'DE' }
}

/** Issues an RSA-2048 / SHA-256 client-authentication certificate signed by the chain's client CA. */
export async function issueCertificate(
  ca: CaChain,
  request: IssueCertificateRequest,
): Promise<IssuedCertificate> {
  const notBefore = startOfDayUtc(request.validFrom)
  const notAfter = endOfDayUtc(request.validTo)
  if (notAfter <= notBefore)
    throw new RangeError(`validTo ${request.validTo} precedes validFrom ${request.validFrom}`)
  const keys = request.keys ?? (await generateRsaKeyPair())
  const certificate = await x509.X509CertificateGenerator.create(
    {
      serialNumber:
        request.serialNumber === undefined
          ? newSerialNumber()
          : normalizeSerialNumber(request.serialNumber),
      subject: toX509Name(request.subject),
      issuer: ca.clientCaCertificate.subjectName,
      notBefore,
      notAfter,
      signingAlgorithm: RSA_SHA256,
      publicKey: keys.publicKey,
      signingKey: ca.signingKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
          true,
        ),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, webCrypto),
        await x509.AuthorityKeyIdentifierExtension.create(
          ca.clientCaCertificate.publicKey,
          false,
          webCrypto,
        ),
      ],
    },
    webCrypto,
  )
  const record = await toRecord(certificate)
  return { record, der: pemToDer(record.pem), privateKey: keys.privateKey }
}
