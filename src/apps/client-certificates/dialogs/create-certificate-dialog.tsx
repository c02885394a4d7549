import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Dialog, MessageStrip, Text, Title } from '@ui5/webcomponents-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { clientCertificateMutations } from '../../../api/client-certificates'
import type {
  CreateClientCertificateRequest,
  DistinguishedName,
} from '../../../api/contracts/client-certificates'
import { formErrorsFromApi, type FormErrors } from '../../../ui/editing/form-errors'
import { clientCertificatePath } from '../../../ui/links/app-links'
import { useAppTexts } from '../i18n/texts'
import { subjectParts } from '../shared/subject-parts'
import { DialogField } from './dialog-field'
import { DialogFooter } from '../../../ui/editing/dialog-footer'

type Field = 'description' | keyof DistinguishedName
type Values = Record<Field, string>

const empty: Values = { description: '', CN: '', O: '', OU: '', L: '', ST: '', C: '' }
// The API names subject parts `subject.CN`, …; each refusal shows on its field.
const fieldOf: Record<string, Field> = {
  description: 'description',
  ...Object.fromEntries(subjectParts.map(({ key }) => [`subject.${key}`, key])),
}
// SAP's dialog asks for the subject in this order: CN first, the country last.
const createOrder: (keyof DistinguishedName)[] = ['CN', 'O', 'OU', 'L', 'ST', 'C']

/**
 * Create: a description and the subject of a new signing request. The backend makes the key pair and
 * decides what is valid; its refusals show on the fields. On success the new entry opens.
 */
export function CreateCertificateDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useAppTexts()
  const navigate = useNavigate()
  const [values, setValues] = useState(empty)
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} })
  const create = useMutation({
    ...clientCertificateMutations.create(useQueryClient()),
    onError: (error) => setErrors(formErrorsFromApi(error, fieldOf)),
  })

  function close() {
    setValues(empty)
    setErrors({ fields: {} })
    create.reset()
    onClose()
  }

  function edit(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }))
  }

  function submit() {
    setErrors({ fields: {} })
    const subject: CreateClientCertificateRequest['subject'] = { CN: values.CN.trim() }
    for (const key of createOrder.slice(1)) {
      const value = values[key].trim()
      if (value) subject[key] = value
    }
    create.mutate(
      { description: values.description.trim(), subject },
      {
        onSuccess: (created) => {
          close()
          navigate(clientCertificatePath(created.id))
        },
      },
    )
  }

  return (
    <Dialog
      open={open}
      headerText={t('create.title')}
      className="client-certificates__dialog"
      onClose={close}
      footer={
        <DialogFooter
          action={t('action.create')}
          busy={create.isPending}
          onConfirm={submit}
          dismiss={t('action.cancel')}
          onDismiss={close}
        />
      }
    >
      <div className="client-certificates__dialog-form">
        <Text>{t('create.intro')}</Text>
        {errors.general && (
          <MessageStrip design="Negative" hideCloseButton role="alert">
            {t('create.failed', errors.general)}
          </MessageStrip>
        )}
        <DialogField
          id="create-description"
          label={t('field.description')}
          required
          value={values.description}
          error={errors.fields.description}
          onInput={(value) => edit('description', value)}
        />
        <Title level="H3" size="H5" className="client-certificates__dialog-group">
          {t('create.subject')}
        </Title>
        {createOrder.map((key) => (
          <DialogField
            key={key}
            id={`create-${key}`}
            label={t(subjectParts.find((part) => part.key === key)?.label ?? key)}
            required={key === 'CN'}
            value={values[key]}
            error={errors.fields[key]}
            onInput={(value) => edit(key, value)}
          />
        ))}
      </div>
    </Dialog>
  )
}
