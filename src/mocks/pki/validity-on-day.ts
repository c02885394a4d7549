import type { CertificateMaterial } from './certificate-material'

/** Why a certificate cannot be used on a (simulated) day; `date` is its validTo (expired) or validFrom. */
export interface ValidityProblem {
  code: 'expired' | 'not-yet-valid'
  date: string
  today: string
}

/**
 * Judges a certificate's validity on `today` (YYYY-MM-DD) by UTC calendar days, inclusive at both ends, as the
 * domain's trust check does: an upload accepted here must not be refused at the first connection on the same day.
 */
export function validityProblem(
  certificate: Pick<CertificateMaterial, 'validFrom' | 'validTo'>,
  today: string,
): ValidityProblem | undefined {
  if (today > certificate.validTo) return { code: 'expired', date: certificate.validTo, today }
  if (today < certificate.validFrom) {
    return { code: 'not-yet-valid', date: certificate.validFrom, today }
  }
  return undefined
}

/** The sentence for a validity problem, shared by every upload that carries a certificate to use. */
export function describeValidityProblem({ code, date, today }: ValidityProblem): string {
  return code === 'expired'
    ? `The certificate expired on ${date}; the simulated day is ${today}. Ask the CA for a new certificate.`
    : `The certificate is valid only from ${date}; the simulated day is ${today}. Upload it on or after ${date}, or ask the CA for one that is valid today.`
}
