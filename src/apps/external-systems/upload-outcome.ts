import type { UploadResult } from '../../api/contracts/external-systems'

/** "Now trusted: Client Default. Replaced: Client Default Expiring." from the API's upload result. */
export function uploadOutcome(result: UploadResult): string {
  const name = (fingerprint: string) => {
    const trusted = result.externalSystem.trustStore.find(
      (t) => t.fingerprintSha256 === fingerprint,
    )
    return trusted?.matches?.description ?? trusted?.subject ?? fingerprint.slice(0, 23)
  }
  const parts = [
    `Now trusted: ${result.trusted.map(name).join(', ') || 'nothing new (already trusted)'}.`,
  ]
  if (result.replaced.length > 0)
    parts.push(
      `Replaced: ${result.replaced.length} certificate${result.replaced.length === 1 ? '' : 's'}.`,
    )
  if (result.skippedCaCertificates.length > 0)
    parts.push(`Skipped ${result.skippedCaCertificates.length} CA certificate(s) of the chain.`)
  return parts.join(' ')
}
