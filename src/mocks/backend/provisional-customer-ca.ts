// reflect-metadata must load before @peculiar/x509 (its DI container throws at import time otherwise).
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import { addOneYear } from '../../domain/calendar'
import { createCaChain, restoreCaChain, type CaChainRecord } from '../pki/ca'
import { readName } from '../pki/distinguished-name'
import { issueCertificate } from '../pki/issue-certificate'
import { webCrypto } from '../pki/web-crypto'

// PROVISIONAL: stands in for src/mocks/pki/customer-ca.ts (branch pki16, not written yet) with the same
// calls: createCustomerCa(today) and signRequest(ca, csr, today). Replace the import in
// customer-ca-service.ts once that file exists, and delete this one.

/** The simulated customer CA as persisted: its public chain (JSON) and the issuing CA's key (a CryptoKey). */
export interface CustomerCa {
  chain: CaChainRecord
  signingKey: CryptoKey
}

/** Makes the *Customer Root CA (simulated)* and its issuing CA, valid for the clock's whole window. */
export async function createCustomerCa(_today: string): Promise<CustomerCa> {
  const ca = await createCaChain({
    rootName: { CN: 'Customer Root CA (simulated)', O: 'Example Corp', C: 'US' },
    clientCaName: { CN: 'Customer Issuing CA (simulated)', O: 'Example Corp', C: 'US' },
  })
  return { chain: ca.record, signingKey: ca.signingKey }
}

/** Signs a PKCS #10 request (PEM or DER): a client certificate valid two years from `today`. */
export async function signRequest(
  ca: CustomerCa,
  csr: Uint8Array,
  today: string,
): Promise<
  | { ok: true; certificatePem: string; chainPem: string }
  | { ok: false; code: string; reason: string }
> {
  let request: x509.Pkcs10CertificateRequest
  try {
    const text = new TextDecoder().decode(csr)
    request = new x509.Pkcs10CertificateRequest(
      text.includes('-----BEGIN') ? text : new Uint8Array(csr),
    )
  } catch {
    return {
      ok: false,
      code: 'not-a-request',
      reason: 'The file is no PKCS #10 certificate signing request.',
    }
  }
  if (!(await request.verify(webCrypto))) {
    return {
      ok: false,
      code: 'request-signature-invalid',
      reason: 'The signing request’s own signature does not verify.',
    }
  }
  const chain = await restoreCaChain(ca.chain, ca.signingKey)
  const publicKey = await request.publicKey.export(webCrypto)
  const { text: _text, ...subject } = readName(request.subjectName)
  const issued = await issueCertificate(chain, {
    subject,
    validFrom: today,
    validTo: addOneYear(addOneYear(today)),
    // Only the public half is used for a certificate: the requester keeps its private key.
    keys: { publicKey, privateKey: publicKey },
  })
  return {
    ok: true,
    certificatePem: issued.record.pem,
    chainPem: ca.chain.clientCa.pem + ca.chain.root.pem,
  }
}
