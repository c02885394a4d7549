import { CheckBox, Form, FormItem, Input, Label, Text } from '@ui5/webcomponents-react'
import type { CommunicationSystem } from '../../../api/contracts/communication-systems'
import { useAppTexts } from '../i18n/texts'
import { valueStateProps, type FieldErrors } from '../shared/field-errors'
import type { EditableField, SystemDraft } from './use-system-draft'

interface SectionProps {
  system: CommunicationSystem
  draft: SystemDraft
  editing: boolean
  errors: FieldErrors
  onEdited: (field: EditableField) => void
}

const formLayout = { layout: 'S1 M2 L2 XL2', labelSpan: 'S12 M4 L4 XL4' } as const

/** Read-only values are a description list; in edit mode the fields are inputs and must not be. */
const accessibleMode = (editing: boolean) => (editing ? 'Edit' : 'Display')

/** General Data: System ID (the key, never editable), System Name, Contact Information. */
export function GeneralDataForm(props: SectionProps) {
  const t = useAppTexts()
  return (
    <Form
      {...formLayout}
      accessibleName={t('object.section.generalData')}
      accessibleMode={accessibleMode(props.editing)}
    >
      <FormItem labelContent={<Label showColon>{t('field.systemId')}</Label>}>
        <Text>{props.system.systemId}</Text>
      </FormItem>
      <TextField {...props} field="systemName" label={t('field.systemName')} required />
      <TextField {...props} field="contactInformation" label={t('field.contactInformation')} />
    </Form>
  )
}

/** Technical Data: Inbound Only, Host Name, Port (default 443). */
export function TechnicalDataForm(props: SectionProps) {
  const { draft, editing, onEdited } = props
  const t = useAppTexts()
  return (
    <Form
      {...formLayout}
      accessibleName={t('object.section.technicalData')}
      accessibleMode={accessibleMode(editing)}
    >
      <FormItem
        labelContent={
          <Label showColon for="cs-inbound-only">
            {t('field.inboundOnly')}
          </Label>
        }
      >
        {editing ? (
          <CheckBox
            id="cs-inbound-only"
            accessibleName={t('field.inboundOnly')}
            checked={draft.values.inboundOnly}
            onChange={(event) => {
              draft.setValue('inboundOnly', event.target.checked)
              onEdited('inboundOnly')
            }}
          />
        ) : (
          // Display mode reads like the other facts, not like a disabled control.
          <Text>{draft.values.inboundOnly ? t('common.yes') : t('common.no')}</Text>
        )}
      </FormItem>
      <TextField {...props} field="hostName" label={t('field.hostName')} required />
      <TextField {...props} field="port" label={t('field.port')} required type="Number" />
    </Form>
  )
}

type TextFieldName = Exclude<EditableField, 'inboundOnly'>

function TextField({
  draft,
  editing,
  errors,
  onEdited,
  field,
  label,
  required,
  type,
}: SectionProps & { field: TextFieldName; label: string; required?: boolean; type?: 'Number' }) {
  const id = `cs-field-${field}`
  return (
    <FormItem
      labelContent={
        <Label showColon for={id} required={editing && required}>
          {label}
        </Label>
      }
    >
      {editing ? (
        <Input
          id={id}
          accessibleName={label}
          type={type}
          value={draft.values[field]}
          {...valueStateProps(errors[field])}
          onInput={(event) => {
            draft.setValue(field, event.target.value)
            onEdited(field)
          }}
        />
      ) : (
        <Text>{draft.values[field] || '–'}</Text>
      )}
    </FormItem>
  )
}
