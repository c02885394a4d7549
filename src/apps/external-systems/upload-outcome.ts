import type { UploadResult } from '../../api/contracts/external-systems'
import type { Texts } from '../../ui/i18n/text-bundle'

/** "Now trusted: Client Default. Replaced: Client Default Expiring." from the API's upload result. */
export function uploadOutcome(t: Texts, result: UploadResult): string {
  const name = (fingerprint: string) => {
    const trusted = result.externalSystem.trustStore.find(
      (certificate) => certificate.fingerprintSha256 === fingerprint,
    )
    return trusted?.matches?.description ?? trusted?.subject ?? fingerprint.slice(0, 23)
  }
  const parts = [t('upload.trusted', result.trusted.map(name).join(', ') || t('upload.nothingNew'))]
  if (result.replaced.length > 0) parts.push(t.count('upload.replaced', result.replaced.length))
  if (result.skippedCaCertificates.length > 0)
    parts.push(t.count('upload.skippedCa', result.skippedCaCertificates.length))
  return parts.join(' ')
}
