import {
  Bar,
  Button,
  Dialog,
  Form,
  FormItem,
  Input,
  Label,
  Option,
  Select,
} from '@ui5/webcomponents-react'
import { useState } from 'react'
import { authenticationMethod, type AuthenticationMethod } from '../../../api/contracts/common'
import {
  presentsClientCertificate,
  type CommunicationSystem,
  type OutboundUser,
} from '../../../api/contracts/communication-systems'
import { useAppTexts } from '../i18n/texts'
import { authenticationMethodText } from '../shared/enum-texts'
import { valueStateProps } from '../shared/field-errors'
import { CertificateSelect } from './certificate-select'
import { CheckConnection } from './check-connection'
import { ClientAuthenticationSelect } from './client-authentication-select'
import { ConnectionOutlook } from './connection-outlook'
import { DeleteUserButton } from './delete-user-button'
import { UserSaveProblemStrip } from './user-save-problem-strip'
import { useSaveUser } from './use-save-user'
import { changesOf, requestOfValues, valuesOfUser, type UserValues } from './user-request'
import './outbound-user-dialog.css'

interface Props {
  system: CommunicationSystem
  /** Undefined for "New Outbound User". */
  user: OutboundUser | undefined
  onClose: () => void
  onSaved: (previousVersion: number, written: CommunicationSystem) => void
  onReload: () => void
}

/** The dialog of one user for outbound communication: how it authenticates, and with which certificate. */
export function OutboundUserDialog({ system, user, onClose, onSaved, onReload }: Props) {
  const t = useAppTexts()
  const [values, setValues] = useState<UserValues>(() => valuesOfUser(user))
  const saving = useSaveUser(system, user, (previousVersion, written) => {
    onSaved(previousVersion, written)
    onClose()
  })
  // Dirty is what a save would send: a hidden field's leftover value changes nothing.
  const dirty = !user || Object.keys(changesOf(user, requestOfValues(values))).length > 0
  const isOAuth = values.authenticationMethod === 'OAuth 2.0'
  // Which users need a certificate is the contract's rule (SSL Client Certificate, OAuth 2.0 with mTLS).
  const usesCertificate = presentsClientCertificate(values)
  // The saved user has a certificate: the API reports its connection, and it can be checked.
  const savedWithCertificate = !!user?.clientCertificateId

  function change<K extends keyof UserValues>(field: K, value: UserValues[K]) {
    setValues((current) => ({ ...current, [field]: value }))
    saving.clearError(field)
    // Another way to authenticate asks anew whether a certificate is needed.
    if (field === 'authenticationMethod' || field === 'clientAuthentication')
      saving.clearError('clientCertificateId')
  }

  return (
    <Dialog
      open
      className="cs-user-dialog"
      headerText={user ? t('user.title', user.userName) : t('user.newTitle')}
      onClose={onClose}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              {user && (
                <DeleteUserButton
                  system={system}
                  user={user}
                  onDeleted={onSaved}
                  onClose={onClose}
                />
              )}
              <Button
                design="Emphasized"
                onClick={() => saving.save(values)}
                disabled={saving.saving}
              >
                {t('action.save')}
              </Button>
              <Button design="Transparent" onClick={onClose}>
                {t('action.cancel')}
              </Button>
            </>
          }
        />
      }
    >
      <div className="cs-user-dialog__content">
        <UserSaveProblemStrip
          problem={saving.problem}
          onReload={() => {
            saving.clearProblem()
            onReload()
          }}
        />
        {/* Edit: the fields are inputs, not a description list (UI5's default "Display" renders dl/dt/dd). */}
        <Form
          layout="S1 M1 L1 XL1"
          labelSpan="S12 M4 L4 XL4"
          accessibleName={t('user.formLabel')}
          accessibleMode="Edit"
        >
          <FormItem
            labelContent={
              <Label for="cs-user-method" required showColon>
                {t('field.authenticationMethod')}
              </Label>
            }
          >
            <Select
              id="cs-user-method"
              accessibleName={t('field.authenticationMethod')}
              value={values.authenticationMethod}
              {...valueStateProps(saving.errors.authenticationMethod)}
              onChange={(event) =>
                change(
                  'authenticationMethod',
                  event.detail.selectedOption.value as AuthenticationMethod,
                )
              }
            >
              {authenticationMethod.options.map((method) => (
                <Option key={method} value={method}>
                  {authenticationMethodText(t, method)}
                </Option>
              ))}
            </Select>
          </FormItem>
          <FormItem
            labelContent={
              <Label for="cs-user-name" required showColon>
                {t('field.userName')}
              </Label>
            }
          >
            <Input
              id="cs-user-name"
              accessibleName={t('field.userName')}
              value={values.userName}
              {...valueStateProps(saving.errors.userName)}
              onInput={(event) => change('userName', event.target.value)}
            />
          </FormItem>
          {isOAuth && (
            <FormItem
              labelContent={
                <Label for="cs-user-client-authentication" required showColon>
                  {t('field.clientAuthentication')}
                </Label>
              }
            >
              <ClientAuthenticationSelect
                value={values.clientAuthentication}
                error={saving.errors.clientAuthentication}
                onChange={(value) => change('clientAuthentication', value)}
              />
            </FormItem>
          )}
          {usesCertificate && (
            <FormItem
              labelContent={
                <Label for="cs-user-certificate" required showColon>
                  {t('field.clientCertificate')}
                </Label>
              }
            >
              <CertificateSelect
                value={values.clientCertificateId}
                savedDescription={
                  user?.clientCertificateId === values.clientCertificateId
                    ? user?.clientCertificateDescription
                    : undefined
                }
                error={saving.errors.clientCertificateId}
                onChange={(id) => change('clientCertificateId', id)}
              />
            </FormItem>
          )}
        </Form>
        {user && savedWithCertificate && (
          <>
            <ConnectionOutlook user={user} host={system.hostName} />
            <CheckConnection systemId={system.systemId} userId={user.id} dirty={dirty} />
          </>
        )}
      </div>
    </Dialog>
  )
}
