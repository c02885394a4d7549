import { useQuery } from '@tanstack/react-query'
import { Form, FormItem, Label, Link, Option, Select, Text } from '@ui5/webcomponents-react'
import type { ReactNode } from 'react'
import type { CommunicationArrangement } from '../../../api/contracts/communication-arrangements'
import {
  communicationSystemQuery,
  communicationSystemsQuery,
} from '../../../api/communication-systems'
import { valueStateProps } from '../../../ui/value-state'
import { useAuthenticationWords } from '../../../ui/words/authentication-words'
import { ReadinessStatusView } from '../../../ui/words/readiness-status'
import { useAppTexts } from '../i18n/texts'
import { communicationSystemHref, outboundUserHref } from '../../../ui/links/app-links'
import type { EditField, FieldErrors } from '../shared/form-errors'
import type { ArrangementDraft } from './arrangement-draft'

export interface SectionProps {
  arrangement: CommunicationArrangement
  editing: boolean
  draft: ArrangementDraft
  errors: FieldErrors<EditField>
  onSystem: (systemId: string) => void
  onOutboundUser: (userId: string) => void
}

const formLayout = { layout: 'S1 M2 L2 XL2', labelSpan: 'S12 M4 L4 XL4' } as const

/** A form of facts: a description list to read, inputs (not a list) while editing. */
function Facts({
  label,
  editing,
  children,
}: {
  label: string
  editing?: boolean
  children: ReactNode
}) {
  return (
    <Form {...formLayout} accessibleName={label} accessibleMode={editing ? 'Edit' : 'Display'}>
      {children}
    </Form>
  )
}

function Fact({
  label,
  children,
  htmlFor,
}: {
  label: string
  children: ReactNode
  htmlFor?: string
}) {
  return (
    <FormItem
      labelContent={
        <Label showColon for={htmlFor}>
          {label}
        </Label>
      }
    >
      {children}
    </FormItem>
  )
}

/** Common Data: the scenario (never changes) and the Arrangement Name (the key). */
export function CommonData({ arrangement }: { arrangement: CommunicationArrangement }) {
  const t = useAppTexts()
  return (
    <Facts label={t('object.section.commonData')}>
      <Fact label={t('field.scenarioId')}>
        <Text>{arrangement.scenarioId}</Text>
      </Fact>
      <Fact label={t('field.scenarioDescription')}>
        <Text>{arrangement.scenarioDescription}</Text>
      </Fact>
      <Fact label={t('field.arrangementName')}>
        <Text>{arrangement.name}</Text>
      </Fact>
    </Facts>
  )
}

/** Communication System: which system, where it lives; in edit mode another system can be chosen. */
export function SystemSection({ arrangement, editing, draft, errors, onSystem }: SectionProps) {
  const t = useAppTexts()
  const systems = useQuery({ ...communicationSystemsQuery(), enabled: editing })
  const items = systems.data?.items ?? []
  return (
    <Facts label={t('object.section.system')} editing={editing}>
      <Fact label={t('field.systemId')} htmlFor="ca-system">
        {editing ? (
          <Select
            id="ca-system"
            accessibleName={t('field.system')}
            value={draft.systemId}
            {...valueStateProps(errors.systemId)}
            onChange={(event) => onSystem(event.detail.selectedOption.value ?? draft.systemId)}
          >
            {/* The saved system stays choosable while the list loads. */}
            {!items.some((s) => s.systemId === draft.systemId) && (
              <Option value={draft.systemId}>{draft.systemId}</Option>
            )}
            {items.map((system) => (
              <Option
                key={system.systemId}
                value={system.systemId}
                additionalText={system.systemName}
              >
                {system.systemId}
              </Option>
            ))}
          </Select>
        ) : (
          <Link
            href={communicationSystemHref(arrangement.systemId)}
            accessibleName={t('object.systemLink', arrangement.systemId)}
          >
            {arrangement.systemId}
          </Link>
        )}
      </Fact>
      {!editing && (
        <>
          <Fact label={t('field.systemName')}>
            <Text>{arrangement.systemName}</Text>
          </Fact>
          <Fact label={t('field.hostName')}>
            <Text>{arrangement.hostName}</Text>
          </Fact>
          <Fact label={t('field.port')}>
            <Text>{String(arrangement.port)}</Text>
          </Fact>
        </>
      )}
    </Facts>
  )
}

/** Inbound Communication: the user the other side logs on with, or a dash. */
export function InboundSection({ arrangement }: { arrangement: CommunicationArrangement }) {
  const t = useAppTexts()
  return (
    <Facts label={t('object.section.inbound')}>
      <Fact label={t('field.userName')}>
        <Text>{arrangement.inboundUserName ?? t('value.none')}</Text>
      </Fact>
    </Facts>
  )
}

/**
 * Outbound Communication: the user this system calls out with, how it logs on and the client
 * certificate it presents, with the readiness the API reports for it.
 */
export function OutboundSection(props: SectionProps) {
  const { arrangement, editing } = props
  const t = useAppTexts()
  const method = useAuthenticationWords()
  const user = arrangement.outboundUser
  if (editing) return <OutboundUserEdit {...props} />
  if (!user) return <Text>{t('object.noOutboundUser')}</Text>
  return (
    <Facts label={t('object.section.outbound')}>
      <Fact label={t('field.userName')}>
        <Link
          href={outboundUserHref(arrangement.systemId, user.id)}
          accessibleName={t('object.userLink', user.userName)}
        >
          {user.userName}
        </Link>
      </Fact>
      <Fact label={t('field.authenticationMethod')}>
        <Text>{method(user.authenticationMethod, user.clientAuthentication)}</Text>
      </Fact>
      <Fact label={t('field.clientCertificate')}>
        {user.clientCertificateDescription ? (
          <span className="ca-certificate">
            <Text>{user.clientCertificateDescription}</Text>
            <ReadinessStatusView readiness={user.readiness} />
          </span>
        ) : (
          <Text>{t('value.none')}</Text>
        )}
      </Fact>
    </Facts>
  )
}

/** Edit mode: any outbound user of the chosen system; the API says whether the scenario accepts it. */
function OutboundUserEdit({ draft, errors, onOutboundUser }: SectionProps) {
  const t = useAppTexts()
  const method = useAuthenticationWords()
  const system = useQuery(communicationSystemQuery(draft.systemId))
  const users = system.data?.outboundUsers ?? []
  return (
    <Facts label={t('object.section.outbound')} editing>
      <Fact label={t('field.outboundUser')} htmlFor="ca-outbound-user">
        <Select
          id="ca-outbound-user"
          accessibleName={t('field.outboundUser')}
          value={draft.outboundUserId ?? ''}
          {...valueStateProps(errors.outboundUserId)}
          onChange={(event) => onOutboundUser(event.detail.selectedOption.value ?? '')}
        >
          {draft.outboundUserId === undefined && (
            <Option value="">{t('object.firstAccepted')}</Option>
          )}
          {users.map((user) => (
            <Option
              key={user.id}
              value={user.id}
              additionalText={method(user.authenticationMethod, user.clientAuthentication)}
            >
              {user.userName}
            </Option>
          ))}
        </Select>
      </Fact>
    </Facts>
  )
}
