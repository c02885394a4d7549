import { Toolbar, ToolbarButton } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/download.js'
import '@ui5/webcomponents-icons/dist/upload.js'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import type { Texts } from '../../../ui/i18n/text-bundle'

export type CertificateAction =
  'export' | 'edit' | 'downloadRequest' | 'uploadSigned' | 'replace' | 'delete'

/**
 * The header actions the certificate offers, by what the API says it is: SAP's only Export; a
 * customer's Download Signing Request and Upload Signed Certificate while a request is pending,
 * Replace and Export once it has its certificate, Edit and Delete always. None while editing.
 */
export function availableActions(certificate: ClientCertificate): CertificateAction[] {
  const issued = certificate.fingerprintSha256 !== undefined
  if (certificate.managedBy === 'SAP') return ['export']
  const pending = certificate.pendingRequest !== undefined
  return [
    ...(pending ? (['downloadRequest', 'uploadSigned'] as const) : []),
    ...(issued ? (['replace', 'export'] as const) : []),
    'edit',
    'delete',
  ]
}

// SAP's labels (text keys); the first action the certificate offers is the emphasized one.
const labels: Record<CertificateAction, string> = {
  export: 'export.action',
  edit: 'action.edit',
  downloadRequest: 'action.downloadRequest',
  uploadSigned: 'action.uploadSigned',
  replace: 'action.replace',
  delete: 'action.delete',
}
const icons: Partial<Record<CertificateAction, string>> = {
  export: 'download',
  downloadRequest: 'download',
  uploadSigned: 'upload',
}

/** The title bar's toolbar (a plain function: the ObjectPage passes props to the element itself). */
export function certificateActions(
  t: Texts,
  actions: CertificateAction[],
  onAction: (action: CertificateAction) => void,
) {
  return (
    <Toolbar design="Transparent">
      {actions.map((action, index) => (
        <ToolbarButton
          key={action}
          design={index === 0 ? 'Emphasized' : 'Transparent'}
          icon={icons[action]}
          text={t(labels[action])}
          onClick={() => onAction(action)}
        />
      ))}
    </Toolbar>
  )
}
