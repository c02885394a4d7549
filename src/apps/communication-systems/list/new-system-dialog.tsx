import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  Bar,
  Button,
  Dialog,
  Form,
  FormItem,
  Input,
  Label,
  MessageStrip,
} from '@ui5/webcomponents-react'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { createSystemRequest } from '../../../api/contracts/communication-systems'
import { queryKeys } from '../../../api/query-keys'
import {
  errorText,
  fieldErrorsFromApi,
  fieldErrorsFromZod,
  hasFieldErrors,
  type FieldErrors,
} from '../shared/field-errors'
import { valueStateProps } from '../../../ui/value-state'
import { useAppTexts } from '../i18n/texts'
import { systemPath } from '../paths'
import { createCommunicationSystem } from '../../../api/communication-systems'

const fields = ['systemId', 'systemName', 'hostName'] as const
type Field = (typeof fields)[number]
const labelKeys: Record<Field, string> = {
  systemId: 'field.systemId',
  systemName: 'field.systemName',
  hostName: 'field.hostName',
}

/**
 * "New Communication System": SAP asks for System ID and System Name; the simulated backend also
 * needs the Host Name up front, because the host is the key of the external system it talks to.
 */
export function NewSystemDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useAppTexts()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [values, setValues] = useState<Record<Field, string>>({
    systemId: '',
    systemName: '',
    hostName: '',
  })
  const [errors, setErrors] = useState<FieldErrors>({})

  const create = useMutation({
    mutationFn: createCommunicationSystem,
    onSuccess: async (system) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.communicationSystems })
      close()
      // Fiori's create flow continues on the object page in edit mode, where the rest is entered.
      navigate(`${systemPath(system.systemId)}?mode=edit`)
    },
    onError: (error) => setErrors(fieldErrorsFromApi(error, 'systemId')),
  })

  function close() {
    setValues({ systemId: '', systemName: '', hostName: '' })
    setErrors({})
    create.reset()
    onClose()
  }

  function submit() {
    // The same schema the backend applies: most mistakes never need a round trip.
    const parsed = createSystemRequest.safeParse({ ...values, hostName: values.hostName.trim() })
    if (!parsed.success) return setErrors(fieldErrorsFromZod(parsed.error, t))
    setErrors({})
    create.mutate(parsed.data)
  }

  const generalError =
    create.isError && !hasFieldErrors(errors, fields) ? errorText(create.error) : undefined

  return (
    <Dialog
      open={open}
      headerText={t('newSystem.title')}
      onClose={close}
      style={{ width: '32rem' }}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button design="Emphasized" onClick={submit} disabled={create.isPending}>
                {t('action.create')}
              </Button>
              <Button design="Transparent" onClick={close}>
                {t('action.cancel')}
              </Button>
            </>
          }
        />
      }
    >
      {generalError && (
        <MessageStrip design="Negative" hideCloseButton>
          {generalError}
        </MessageStrip>
      )}
      <Form
        layout="S1 M1 L1 XL1"
        labelSpan="S12 M12 L12 XL12"
        accessibleName={t('newSystem.title')}
        // Inputs, not a description list (UI5's default "Display" renders dl/dt/dd).
        accessibleMode="Edit"
        onKeyDown={(event) => event.key === 'Enter' && submit()}
      >
        {fields.map((field) => (
          <FormItem
            key={field}
            labelContent={
              <Label for={`new-system-${field}`} required showColon>
                {t(labelKeys[field])}
              </Label>
            }
          >
            <Input
              id={`new-system-${field}`}
              accessibleName={t(labelKeys[field])}
              required
              value={values[field]}
              placeholder={field === 'hostName' ? t('newSystem.hostNamePlaceholder') : undefined}
              {...valueStateProps(errors[field])}
              onInput={(event) => {
                const value = event.target.value
                setValues((current) => ({ ...current, [field]: value }))
                setErrors((current) => ({ ...current, [field]: undefined }))
              }}
            />
          </FormItem>
        ))}
      </Form>
    </Dialog>
  )
}
