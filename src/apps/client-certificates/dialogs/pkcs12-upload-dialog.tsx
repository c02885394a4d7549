import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Dialog, MessageStrip, Text } from '@ui5/webcomponents-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { ApiError } from '../../../api/api-error'
import { clientCertificateMutations } from '../../../api/client-certificates'
import { formErrorsFromApi, type FormErrors } from '../../../ui/editing/form-errors'
import { clientCertificatePath } from '../../../ui/links/app-links'
import { useAppTexts } from '../i18n/texts'
import { base64Of } from '../shared/file-content'
import { DialogField } from './dialog-field'
import { DialogFooter } from '../../../ui/editing/dialog-footer'
import { FileField } from './file-field'

type Field = 'file' | 'password' | 'description'
const fieldOf: Record<string, Field> = {
  file: 'file',
  password: 'password',
  description: 'description',
}

/** The API refuses every PKCS #12 problem on `file`; a wrong password is the Password field's. */
function refusalOf(error: Error): FormErrors<Field> {
  if (error instanceof ApiError && error.extra.reason === 'wrong-password') {
    return { fields: { password: error.message }, general: error.message }
  }
  const read = formErrorsFromApi(error, fieldOf)
  // The file's reason is also said in full in the strip: a value state shows only on focus.
  return read.fields.file ? { ...read, general: read.general ?? read.fields.file } : read
}

/** Upload PKCS #12: a .p12/.pfx key store, its password and a description; the entry opens after. */
export function Pkcs12UploadDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useAppTexts()
  const navigate = useNavigate()
  const [file, setFile] = useState<File | null>(null)
  const [password, setPassword] = useState('')
  const [description, setDescription] = useState('')
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} })
  const upload = useMutation({
    ...clientCertificateMutations.importPkcs12(useQueryClient()),
    onError: (error) => setErrors(refusalOf(error)),
  })

  function close() {
    setFile(null)
    setPassword('')
    setDescription('')
    setErrors({ fields: {} })
    upload.reset()
    onClose()
  }

  async function submit() {
    if (!file) return setErrors({ fields: { file: t('pkcs12.fileRequired') } })
    setErrors({ fields: {} })
    const content = await base64Of(file)
    upload.mutate(
      { file: content, password, description: description.trim() },
      {
        onSuccess: (created) => {
          close()
          navigate(clientCertificatePath(created.id))
        },
      },
    )
  }

  const clear = (field: Field) =>
    setErrors((current) => ({
      general: undefined,
      fields: { ...current.fields, [field]: undefined },
    }))

  return (
    <Dialog
      open={open}
      headerText={t('pkcs12.title')}
      className="client-certificates__dialog"
      onClose={close}
      footer={
        <DialogFooter
          action={t('action.upload')}
          busy={upload.isPending}
          onConfirm={() => void submit()}
          dismiss={t('action.cancel')}
          onDismiss={close}
        />
      }
    >
      {/* Mounted only while open: the file chooser starts empty each time. */}
      {open && (
        <div className="client-certificates__dialog-form">
          <Text>{t('pkcs12.intro')}</Text>
          {errors.general && (
            <MessageStrip design="Negative" hideCloseButton role="alert">
              {t('pkcs12.failed', errors.general)}
            </MessageStrip>
          )}
          <FileField
            id="pkcs12-file"
            label={t('pkcs12.file')}
            placeholder={t('pkcs12.filePlaceholder')}
            accept=".p12,.pfx"
            error={errors.fields.file}
            onChoose={(chosen) => {
              setFile(chosen)
              clear('file')
            }}
          />
          <DialogField
            id="pkcs12-password"
            label={t('pkcs12.password')}
            type="Password"
            value={password}
            error={errors.fields.password}
            onInput={(value) => {
              setPassword(value)
              clear('password')
            }}
          />
          <DialogField
            id="pkcs12-description"
            label={t('field.description')}
            required
            value={description}
            error={errors.fields.description}
            onInput={(value) => {
              setDescription(value)
              clear('description')
            }}
          />
        </div>
      )}
    </Dialog>
  )
}
