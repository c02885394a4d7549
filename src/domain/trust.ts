import type { IsoDate } from './calendar'
import type {
  ChainBreak,
  ChainLink,
  ConnectionReason,
  ExternalSystem,
  OutcomeDetail,
} from './types'

/**
 * What a user presents to an external system: a certificate the state knows, or — in a
 * prediction — the Client Default SAP has yet to issue (no fingerprint yet, SAP's chain).
 */
export interface PresentedCertificate {
  readonly id: string
  readonly validFrom: IsoDate
  readonly validTo: IsoDate
  /** Null while SAP has not issued it: no trust store can hold it. */
  readonly fingerprintSha256: string | null
  readonly chain: readonly ChainLink[]
  readonly chainBreak?: ChainBreak
}

export interface TrustVerdict {
  readonly trusted: boolean
  readonly reason: ConnectionReason
  readonly detail?: OutcomeDetail
}

/**
 * How an external system judges a presented certificate on a date (rules: "Connection outcome"):
 * validity first; then a pinning system looks for the certificate itself, a system that trusts
 * issuers for the certificate itself or a CA of its chain, every certificate up to it valid that day.
 */
export function judgeCertificate(
  externalSystem: Pick<ExternalSystem, 'trustMode'>,
  trusted: ReadonlySet<string>,
  presented: PresentedCertificate,
  date: IsoDate,
): TrustVerdict {
  if (date > presented.validTo) return rejected('certificate-expired', { date: presented.validTo })
  if (date < presented.validFrom)
    return rejected('certificate-not-yet-valid', { date: presented.validFrom })
  const fingerprint = presented.fingerprintSha256
  if (fingerprint !== null && trusted.has(fingerprint))
    return { trusted: true, reason: 'certificate-trusted' }
  if (externalSystem.trustMode === 'PinnedCertificate') {
    return fingerprint === null
      ? rejected('certificate-not-issued-yet', { date: presented.validFrom })
      : rejected('certificate-not-trusted')
  }
  return judgeChain(trusted, presented, date)
}

function judgeChain(
  trusted: ReadonlySet<string>,
  presented: PresentedCertificate,
  date: IsoDate,
): TrustVerdict {
  const anchor = presented.chain.findIndex((link) => trusted.has(link.fingerprintSha256))
  if (anchor < 0) {
    const { chainBreak } = presented
    if (chainBreak)
      return rejected('chain-broken', { subject: chainBreak.issuer, chainBreak: chainBreak.reason })
    const root = presented.chain.at(-1)
    return rejected('issuer-not-trusted', root ? { subject: root.subject } : undefined)
  }
  // Every CA between the certificate and the trusted one must be valid on the day, the trusted one too.
  for (const link of presented.chain.slice(0, anchor + 1)) {
    if (date > link.validTo)
      return rejected('issuer-expired', { subject: link.subject, date: link.validTo })
    if (date < link.validFrom)
      return rejected('issuer-not-yet-valid', { subject: link.subject, date: link.validFrom })
  }
  const subject = presented.chain[anchor]?.subject
  return { trusted: true, reason: 'issuer-trusted', ...(subject ? { detail: { subject } } : {}) }
}

function rejected(reason: ConnectionReason, detail?: OutcomeDetail): TrustVerdict {
  return detail ? { trusted: false, reason, detail } : { trusted: false, reason }
}
