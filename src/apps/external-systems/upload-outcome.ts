import type { UploadResult } from '../../api/contracts/external-systems'
import { commonName } from '../../ui/connection/connection-words'
import type { Texts } from '../../ui/i18n/text-bundle'

/**
 * "Now trusted: Client Default. Replaced: 1 certificate." from the API's upload result; CA
 * certificates (trusted where the system trusts issuers) are named apart, by their common name.
 */
export function uploadOutcome(t: Texts, result: UploadResult): string {
  const entry = (fingerprint: string) =>
    result.externalSystem.trustStore.find(
      (certificate) => certificate.fingerprintSha256 === fingerprint,
    )
  const name = (fingerprint: string) => {
    const trusted = entry(fingerprint)
    if (trusted?.isCa) return commonName(trusted.subject)
    return trusted?.matches?.description ?? trusted?.subject ?? fingerprint.slice(0, 23)
  }
  const cas = result.trusted.filter((fingerprint) => entry(fingerprint)?.isCa)
  const clients = result.trusted.filter((fingerprint) => !cas.includes(fingerprint))
  const parts: string[] = []
  if (clients.length > 0 || cas.length === 0)
    parts.push(t('upload.trusted', clients.map(name).join(', ') || t('upload.nothingNew')))
  if (cas.length > 0) parts.push(t.count('upload.trustedCa', cas.length, cas.map(name).join(', ')))
  if (result.replaced.length > 0) parts.push(t.count('upload.replaced', result.replaced.length))
  if (result.skippedCaCertificates.length > 0)
    parts.push(t.count('upload.skippedCa', result.skippedCaCertificates.length))
  return parts.join(' ')
}
