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
import { useAuthenticationWords } from '../../../ui/words/authentication-words'
import { valueStateProps } from '../../../ui/value-state'
import { CertificateSelect } from './certificate-select'
import { CheckConnection } from './check-connection'
import { ClientAuthenticationSelect } from './client-authentication-select'
import { ConnectionOutlook } from './connection-outlook'
import { DeleteUserButton } from './delete-user-button'
import { UserSaveProblemStrip } from './user-save-problem-strip'
import { useSaveUser } from './use-save-user'
import { isDirty, openEdit, rebaseEdit } from './user-edit'
import type { UserValues } from './user-request'
import './outbound-user-dialog.css'

const SAVED_PASSWORD_DOTS = '••••••••'

interface Props {
  /** The system as currently loaded (it is refetched while the dialog is open). */
  system: CommunicationSystem
  /** The user as currently loaded; undefined for "New Outbound User". */
  user: OutboundUser | undefined
  onClose: () => void
  onSaved: (previousVersion: number, written: CommunicationSystem) => void
  /** Loads the system again and gives its current version. */
  onReload: () => Promise<CommunicationSystem>
}

/**
 * The dialog of one user for outbound communication: how it authenticates, and with which certificate.
 * The fields are an edit of the user as the dialog opened it (see UserEdit): a refetch of the system
 * meanwhile changes only what describes the saved user (its connection), never what Save sends.
 */
export function OutboundUserDialog({ system, user, onClose, onSaved, onReload }: Props) {
  const t = useAppTexts()
  const authenticationText = useAuthenticationWords()
  const [edit, setEdit] = useState(() => openEdit(system, user))
  const [deleteRefused, setDeleteRefused] = useState(false)
  const { values, opened } = edit
  const saving = useSaveUser(system.systemId, (previousVersion, written) => {
    onSaved(previousVersion, written)
    onClose()
  })
  // Dirty is what a save would send: a hidden field's leftover value changes nothing.
  const dirty = isDirty(edit)
  const isOAuth = values.authenticationMethod === 'OAuth 2.0'
  const isPassword = values.authenticationMethod === 'User Name and Password'
  // A password is set on the saved user: an empty field keeps it.
  const passwordSet = !!opened?.passwordSet
  // Which users need a certificate is the contract's rule (SSL Client Certificate, OAuth 2.0 with mTLS).
  const usesCertificate = presentsClientCertificate(values)
  // The saved user has a certificate: the API reports its connection, and it can be checked.
  const savedWithCertificate = !!user?.clientCertificateId

  function change<K extends keyof UserValues>(field: K, value: UserValues[K]) {
    setEdit((current) => ({ ...current, values: { ...current.values, [field]: value } }))
    saving.clearError(field)
    // Another way to authenticate asks anew whether a certificate is needed.
    if (field === 'authenticationMethod' || field === 'clientAuthentication')
      saving.clearError('clientCertificateId')
  }

  function save() {
    setDeleteRefused(false)
    // Nothing changed: nothing to write (a PATCH would only make a new version of the same user).
    if (dirty) saving.save(edit)
    else onClose()
  }

  async function reload() {
    try {
      const current = await onReload()
      setEdit((before) => rebaseEdit(before, current))
    } catch {
      // Not loaded (offline, backend failing): the problem stays, and with it Reload.
      return
    }
    saving.clearProblem()
    setDeleteRefused(false)
  }

  return (
    <Dialog
      open
      className="cs-user-dialog"
      headerText={opened ? t('user.title', opened.userName) : t('user.newTitle')}
      onClose={onClose}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              {opened && (
                <DeleteUserButton
                  systemId={system.systemId}
                  user={opened}
                  version={edit.version}
                  onDeleted={onSaved}
                  onClose={onClose}
                  onConflict={() => {
                    saving.clearProblem()
                    setDeleteRefused(true)
                  }}
                />
              )}
              <Button design="Emphasized" onClick={save} disabled={saving.saving}>
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
          problem={deleteRefused ? { kind: 'deleteConflict' } : saving.problem}
          onReload={() => void reload()}
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
                  {authenticationText(method)}
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
          {isPassword && (
            <FormItem
              labelContent={
                <Label for="cs-user-password" required={!passwordSet} showColon>
                  {t('field.password')}
                </Label>
              }
            >
              <Input
                id="cs-user-password"
                type="Password"
                accessibleName={t('field.password')}
                // Write-only: the saved password is never sent back; dots say that one is set.
                placeholder={passwordSet ? SAVED_PASSWORD_DOTS : undefined}
                accessibleDescription={passwordSet ? t('user.passwordSet') : undefined}
                value={values.password}
                {...valueStateProps(saving.errors.password)}
                onInput={(event) => change('password', event.target.value)}
              />
            </FormItem>
          )}
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
                  opened?.clientCertificateId === values.clientCertificateId
                    ? opened?.clientCertificateDescription
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
