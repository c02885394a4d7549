// Test-only: files an administrator might try to upload, made by openssl and by our own CA.
import * as x509 from '@peculiar/x509'
import { createCaChain, type CaChain } from './ca'
import { abapSystemSubject, issueCertificate, type IssuedCertificate } from './issue-certificate'
import { RSA_SHA256 } from './web-crypto'
import { opensslLine } from './openssl.test-helper'
import { readElement } from './der-reader'

export interface UploadFixtures {
  ca: CaChain
  leaf: IssuedCertificate
  crlDer: Uint8Array
}

/** Creates a CA, one issued certificate, a CRL, and openssl-made keys, CSRs, PKCS #12 and PKCS #7 files. */
export async function makeUploadFixtures(): Promise<UploadFixtures> {
  const ca = await createCaChain()
  const leaf = await issueCertificate(ca, {
    subject: abapSystemSubject('abc-123.abap.eu10.hana.ondemand.com'),
    validFrom: '2027-02-01',
    validTo: '2028-02-01',
  })
  const encrypt = 'pkcs8 -topk8 -in ec.key -v2 aes-256-cbc -passout pass:secret'
  for (const line of [
    'ecparam -name prime256v1 -genkey -noout -out ec.key',
    'pkey -in ec.key -out ec-pkcs8.pem',
    'pkey -in ec.key -outform DER -out ec-pkcs8.der',
    'ec -in ec.key -outform DER -out ec-sec1.der',
    `${encrypt} -out enc.pem`,
    `${encrypt} -outform DER -out enc.der`,
    'genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa.key',
    'pkey -in rsa.key -traditional -out rsa-pkcs1.pem',
    'pkey -in rsa.key -traditional -outform DER -out rsa-pkcs1.der',
    'req -new -key ec.key -subj /CN=abc-123.example.com -out req.pem',
    'req -new -key ec.key -subj /CN=abc-123.example.com -outform DER -out req.der',
    'pkey -in ec.key -pubout -out pub.pem',
    'pkey -in ec.key -pubout -outform DER -out pub.der',
  ]) {
    opensslLine(line)
  }
  // A partner's self-signed EC certificate, then bundles made from it.
  opensslLine(
    'req -x509 -new -key ec.key -days 365 -out ec-cert.pem -subj',
    '/C=US/O=Example Corp/CN=partner.example.com',
  )
  opensslLine('pkcs12 -export -inkey ec.key -in ec-cert.pem -passout pass:secret -out bundle.p12')
  opensslLine('crl2pkcs7 -nocrl -certfile ec-cert.pem -out bundle-pem.p7b')
  const crl = await x509.X509CrlGenerator.create({
    issuer: ca.clientCaCertificate.subjectName,
    thisUpdate: new Date(Date.UTC(2027, 1, 1)),
    signingAlgorithm: RSA_SHA256,
    signingKey: ca.signingKey,
    entries: [{ serialNumber: '0a' }],
  })
  return { ca, leaf, crlDer: new Uint8Array(crl.rawData) }
}

/** UTF-8 bytes of a text upload. */
export const utf8 = (value: string): Uint8Array => new TextEncoder().encode(value)

/** Re-encodes a DER structure's outer SEQUENCE with BER's indefinite length (as Windows and Java may write). */
export function toIndefiniteLength(der: Uint8Array): Uint8Array {
  const top = readElement(der, 0)
  if (!top) throw new Error('not DER')
  const content = der.subarray(top.contentStart, top.contentEnd)
  return Uint8Array.from([top.tag, 0x80, ...content, 0, 0])
}
