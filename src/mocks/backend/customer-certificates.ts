import type { CertificateMaterial } from '../../domain/types'
import type { CertificateMaterial as PkiMaterial } from '../pki/certificate-material'
import type { ParsedCertificate } from '../pki/parse-upload'
import { toEngineMaterial } from './certificate-factory'
import type { CustomerCa } from '../pki/customer-ca'
import type { SimulatedSystem } from './simulated-system'

// The backend half of customer certificates: the crypto (lazily loaded, like certificate-factory.ts) and
// where their keys live. Keys stay CryptoKeys inside system.pki; nothing here returns one to a caller
// outside the backend, and no view reads pki.privateKeys or pki.requestKeys.

/** The PKI modules customer certificates need, loaded on first use (with the polyfill first). */
export async function customerPki() {
  await import('reflect-metadata')
  const [request, signed, chain, fingerprint, customerCa] = await Promise.all([
    import('../pki/signing-request'),
    import('../pki/signed-certificate'),
    import('../pki/verified-chain'),
    import('../pki/public-key-fingerprint'),
    import('../pki/customer-ca'),
  ])
  return { ...request, ...signed, ...chain, ...fingerprint, ...customerCa }
}

/** Keeps the private key of a new signing request (Create, Replace) until its certificate is uploaded. */
export function withRequestKey(
  system: SimulatedSystem,
  id: string,
  key: CryptoKey,
): SimulatedSystem {
  return {
    ...system,
    pki: { ...system.pki, requestKeys: { ...system.pki.requestKeys, [id]: key } },
  }
}

/**
 * The upload answered the request: its key becomes the certificate's key (the old one, after a Replace,
 * is dropped: nothing presents the old certificate any more), the X.509 details are kept for the views.
 */
export function withAnsweredRequest(
  system: SimulatedSystem,
  id: string,
  details: PkiMaterial,
): SimulatedSystem {
  const { [id]: key, ...requestKeys } = system.pki.requestKeys ?? {}
  const privateKeys = { ...system.pki.privateKeys }
  if (key) privateKeys[id] = key
  else delete privateKeys[id]
  return {
    ...system,
    pki: {
      ...system.pki,
      requestKeys,
      privateKeys,
      details: { ...system.pki.details, [id]: details },
    },
  }
}

/** An imported certificate (PKCS #12): its key and details. */
export function withImported(
  system: SimulatedSystem,
  id: string,
  details: PkiMaterial,
  key: CryptoKey,
): SimulatedSystem {
  return {
    ...system,
    pki: {
      ...system.pki,
      details: { ...system.pki.details, [id]: details },
      privateKeys: { ...system.pki.privateKeys, [id]: key },
    },
  }
}

/** A deleted customer certificate's keys go: it can never be presented or answered again. */
export function withoutKeysOf(system: SimulatedSystem, id: string): SimulatedSystem {
  const { [id]: _key, ...privateKeys } = system.pki.privateKeys
  const { [id]: _requestKey, ...requestKeys } = system.pki.requestKeys ?? {}
  return { ...system, pki: { ...system.pki, privateKeys, requestKeys } }
}

/** The simulated customer CA of a system, made (and kept) on first use. */
export async function customerCaOf(
  system: SimulatedSystem,
): Promise<{ ca: CustomerCa; system: SimulatedSystem }> {
  const { createCustomerCa, restoreCustomerCa } = await customerPki()
  const stored = system.pki.customerCa
  if (stored) return { ca: await restoreCustomerCa(stored.record, stored.signingKey), system }
  const ca = await createCustomerCa(system.state.today)
  const customerCa = { record: ca.record, signingKey: ca.signingKey }
  return { ca, system: { ...system, pki: { ...system.pki, customerCa } } }
}

/** CA certificates the backend knows: SAP's chain and the customer CA's, to complete an uploaded chain. */
export function knownCaPems(system: SimulatedSystem): string[] {
  const { chain, customerCa } = system.pki
  return [chain.clientCa.pem, chain.root.pem, ...(customerCa ? [customerCa.record.root.pem] : [])]
}

/** The engine's material for an accepted certificate: its chain verified through the uploaded and known CAs. */
export async function engineMaterialOf(
  system: SimulatedSystem,
  certificate: ParsedCertificate,
  uploadedChain: readonly ParsedCertificate[],
): Promise<CertificateMaterial> {
  const { verifiedChain } = await customerPki()
  const chain = await verifiedChain(certificate.pem, [
    ...uploadedChain.map((c) => c.pem),
    ...knownCaPems(system),
  ])
  const { pem, ...details } = certificate
  return toEngineMaterial(details, pem, chain)
}
