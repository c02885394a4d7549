import type { ChangeRecord, ClientAuthentication } from '../../../api/contracts/common'
import type { Texts } from '../../../ui/i18n/text-bundle'
import {
  authenticationMethodText,
  clientAuthenticationKeys,
} from '../../../ui/words/authentication-words'

export const categoryKeys: Record<ChangeRecord['category'], string> = {
  'Communication System': 'changes.category.communicationSystem',
  'Users for Inbound Communication': 'changes.category.inboundUsers',
  'Users for Outbound Communication': 'changes.category.outboundUsers',
  'Client Certificate': 'changes.category.clientCertificate',
  'Communication Arrangement': 'changes.category.communicationArrangement',
  'External System': 'changes.category.externalSystem',
  Clock: 'changes.category.clock',
}

export const actorKeys: Record<ChangeRecord['actor'], string> = {
  SAP: 'changes.actor.sap',
  Administrator: 'changes.actor.administrator',
}

/**
 * The field labels the backend writes into a system's change records (SAP's English labels), to
 * the screen's own. A label not listed here is shown as it came.
 */
export const fieldKeys: Readonly<Record<string, string>> = {
  'System Name': 'field.systemName',
  'Host Name': 'field.hostName',
  Port: 'field.port',
  'UI Host': 'field.uiHost',
  'Logical System': 'field.logicalSystem',
  'Business System': 'field.businessSystem',
  'Cloud Connector': 'field.cloudConnector',
  'SCC Location ID': 'field.sccLocationId',
  'Contact Name': 'field.contactName',
  'E-Mail': 'field.email',
  Phone: 'field.phone',
  'Inbound Only': 'field.inboundOnly',
  'Users for Inbound Communication': 'object.section.inboundUsers',
  'User Name': 'field.userName',
  'Authentication Method': 'field.authenticationMethod',
  'Client Authentication': 'field.clientAuthentication',
  'Client Certificate': 'field.clientCertificate',
  Password: 'field.password',
}

export function changeCategoryText(t: Texts, category: ChangeRecord['category']): string {
  const key = categoryKeys[category] as string | undefined
  return key ? t(key) : category
}

export function actorText(t: Texts, actor: ChangeRecord['actor']): string {
  const key = actorKeys[actor] as string | undefined
  return key ? t(key) : actor
}

export function changeFieldText(t: Texts, field: string | undefined): string {
  if (field === undefined) return ''
  const key = fieldKeys[field]
  return key ? t(key) : field
}

/**
 * A value of a change record in the user's language where it is a code of the UI's own: an
 * authentication method or client authentication, Inbound Only's true/false. Names, hosts and descriptions are data.
 */
export function changeValueText(
  t: Texts,
  auth: Texts,
  field: string | undefined,
  value: string,
): string {
  if (field === 'Authentication Method') return authenticationMethodText(auth, value)
  if (field === 'Client Authentication') {
    const key = clientAuthenticationKeys[value as ClientAuthentication] as string | undefined
    return key ? auth(key) : value
  }
  if (field === 'Inbound Only' && (value === 'true' || value === 'false'))
    return value === 'true' ? t('common.yes') : t('common.no')
  return value
}
