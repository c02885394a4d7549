import type { TrustMode } from '../../api/contracts/common'
import type { ExternalSystem } from '../../api/contracts/external-systems'

// Label keys of the API's enumerations, looked up with the app's texts. The names of the trust
// modes are shared words (src/ui/connection); what each one means for this app's screens is here.

/** The capacity in the words the seed uses for it. */
export const capacityText: Record<ExternalSystem['capacity'], string> = {
  multiple: 'capacity.multiple',
  single: 'capacity.single',
}

export const rejectionText: Record<ExternalSystem['rejectionCode'], string> = {
  401: 'rejection.unauthorized',
  403: 'rejection.forbidden',
}

/** What the trust mode means for the rotation, shown under its choice. */
export const trustModeHelp: Record<TrustMode, string> = {
  PinnedCertificate: 'settings.trustModeHelp.pinned',
  TrustedIssuer: 'settings.trustModeHelp.issuer',
}

/** What to upload to a system in this trust mode, the upload dialog's first line. */
export const uploadHelp: Record<TrustMode, string> = {
  PinnedCertificate: 'upload.help.pinned',
  TrustedIssuer: 'upload.help.issuer',
}
