import type { IssuedMaterial } from '../../domain/commands'
import type { IssuanceRequest } from '../../domain/issuance'
import type { CertificateMaterial } from '../../domain/types'
import type { CaChain, CaChainOptions } from '../pki/ca'
import type { CertificateMaterial as PkiMaterial } from '../pki/certificate-material'
import type { NameParts } from '../pki/distinguished-name'
import type { KeyPool } from '../pki/key-pool'
import type { SimulatedSystem } from './simulated-system'

/** The host name of the simulated ABAP system: the subject of its default client certificates. */
export const abapSystemHost = 'rotationlab-400123.abap.eu10.hana.ondemand.com'

/** Certificates made for the engine, with the backend-only parts beside them. */
export interface IssuedBatch {
  material: Record<string, CertificateMaterial>
  details: Record<string, PkiMaterial>
  privateKeys: Record<string, CryptoKey>
}

// The PKI (and @peculiar/x509, ~60 kB gzip) loads only when a certificate is made or read,
// so the launchpad does not pay for it.
// reflect-metadata is awaited first: the bundler may put @peculiar/x509 in a chunk of its own that
// would otherwise evaluate before the polyfill it needs.
const pki = async () => {
  await import('reflect-metadata')
  const [ca, issue, pool, chain] = await Promise.all([
    import('../pki/ca'),
    import('../pki/issue-certificate'),
    import('../pki/key-pool'),
    import('../pki/verified-chain'),
  ])
  return { ...ca, ...issue, ...pool, ...chain }
}

let keyPool: KeyPool | undefined
async function sharedKeyPool() {
  keyPool ??= (await pki()).createKeyPool()
  return keyPool
}

/** Restores the CA of a persisted system, ready to issue. */
export async function caOf(system: Pick<SimulatedSystem, 'pki'>): Promise<CaChain> {
  return (await pki()).restoreCaChain(system.pki.chain, system.pki.signingKey)
}

/** Creates a new CA chain for a new scenario (or, with options, the same names, dates and serials again). */
export async function newCaChain(options?: CaChainOptions): Promise<CaChain> {
  return (await pki()).createCaChain(options)
}

/**
 * Issues the default certificates the engine asked for. Those issued and removed within the same
 * clock move share one key pair (nobody ever presents them), so a ten-year jump stays quick.
 */
export async function issueDefaults(
  ca: CaChain,
  requests: readonly IssuanceRequest[],
): Promise<IssuedBatch> {
  const { abapSystemSubject } = await pki()
  return issueAll(
    ca,
    requests.map((request) => ({
      id: request.certificateId,
      subject: abapSystemSubject(abapSystemHost),
      validFrom: request.validFrom,
      validTo: request.validTo,
      transient: !request.needsMaterial,
    })),
  )
}

/** Issues any certificates (scenario building: customer certificates, defaults of the start date). */
export async function issueAll(
  ca: CaChain,
  orders: readonly {
    id: string
    subject: NameParts
    validFrom: string
    validTo: string
    transient?: boolean
    /** Kept when a certificate is made again (an import); random when omitted. */
    serialNumber?: string
  }[],
): Promise<IssuedBatch> {
  const { issueCertificate, verifiedChain } = await pki()
  const pool = await sharedKeyPool()
  const batch: IssuedBatch = { material: {}, details: {}, privateKeys: {} }
  const caPems = [ca.record.clientCa.pem, ca.record.root.pem]
  for (const order of orders) {
    const keys = await pool.take({ transient: order.transient ?? false })
    const issued = await issueCertificate(ca, {
      subject: order.subject,
      validFrom: order.validFrom,
      validTo: order.validTo,
      ...(order.serialNumber === undefined ? {} : { serialNumber: order.serialNumber }),
      keys,
    })
    // The engine trusts by fingerprints; the signatures behind each link are checked here, for real.
    const chain = await verifiedChain(issued.record.pem, caPems)
    batch.material[order.id] = toEngineMaterial(issued.record.material, issued.record.pem, chain)
    batch.details[order.id] = issued.record.material
    batch.privateKeys[order.id] = issued.privateKey
  }
  // Keep two fresh pairs in stock for the next issuance (a clock move to Feb 1 then costs no key generation).
  void pool.prefill(2)
  return batch
}

/** The part of a certificate the engine needs: fingerprints, serial, names, the public PEM and its verified chain. */
export function toEngineMaterial(
  details: PkiMaterial,
  pem: string,
  { chain, chainBreak }: Pick<CertificateMaterial, 'chain' | 'chainBreak'>,
): CertificateMaterial {
  return {
    fingerprintSha256: details.fingerprintSha256,
    fingerprintSha1: details.fingerprintSha1,
    serialNumber: details.serialNumber,
    subject: details.subject.text,
    issuer: details.issuer.text,
    pem,
    chain,
    ...(chainBreak ? { chainBreak } : {}),
  }
}

/** The issued material as the engine's `advanceClock` command takes it. */
export function engineMaterial(batch: IssuedBatch): IssuedMaterial {
  return batch.material
}
