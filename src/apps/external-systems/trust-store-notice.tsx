import { MessageStrip } from '@ui5/webcomponents-react'
import type { ExternalSystem } from '../../api/contracts/external-systems'
import { useAppTexts } from './i18n/texts'
import { TrustCenterLink } from './trust-center-link'

/**
 * A system that trusts issuers but holds no CA certificate accepts only the client certificates in
 * its store: the lesson of SAP's renewal note is to upload the root, once, before the next default.
 */
export function TrustStoreNotice({ system }: { system: ExternalSystem }) {
  const t = useAppTexts()
  if (system.trustMode !== 'TrustedIssuer' || system.trustStore.some((entry) => entry.isCa))
    return null
  return (
    <MessageStrip
      design="Information"
      hideCloseButton
      className="external-system__strip"
      data-testid="no-ca-notice"
    >
      {`${t('trustStore.noCaCertificate', system.host)} `}
      <TrustCenterLink />
    </MessageStrip>
  )
}
