import { CheckBox, Form, FormItem, Input, Label, Text } from '@ui5/webcomponents-react'
import type { CommunicationSystem } from '../../../api/contracts/communication-systems'
import { useAppTexts } from '../i18n/texts'
import { valueStateProps } from '../../../ui/value-state'
import type { FieldErrors } from '../shared/field-errors'
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

/** General Data: System ID (the key, never editable), System Name, UI Host, business system, contact. */
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
      <TextField {...props} field="uiHost" label={t('field.uiHost')} />
      <TextField {...props} field="logicalSystem" label={t('field.logicalSystem')} />
      <TextField {...props} field="businessSystem" label={t('field.businessSystem')} />
      <TextField {...props} field="contactName" label={t('field.contactName')} />
      <TextField {...props} field="email" label={t('field.email')} type="Email" />
      <TextField {...props} field="phone" label={t('field.phone')} type="Tel" />
    </Form>
  )
}

/** Technical Data: Inbound Only, Host Name, Port (default 443), Cloud Connector and its location. */
export function TechnicalDataForm(props: SectionProps) {
  const t = useAppTexts()
  return (
    <Form
      {...formLayout}
      accessibleName={t('object.section.technicalData')}
      accessibleMode={accessibleMode(props.editing)}
    >
      <FlagField {...props} field="inboundOnly" label={t('field.inboundOnly')} />
      <TextField {...props} field="hostName" label={t('field.hostName')} required />
      <TextField {...props} field="port" label={t('field.port')} required type="Number" />
      <FlagField {...props} field="cloudConnector" label={t('field.cloudConnector')} />
      <TextField
        {...props}
        field="sccLocationId"
        label={t('field.sccLocationId')}
        // SAP asks for a location only for a system behind the Cloud Connector.
        disabled={!props.draft.values.cloudConnector}
      />
    </Form>
  )
}

type FlagFieldName = 'inboundOnly' | 'cloudConnector'
type TextFieldName = Exclude<EditableField, FlagFieldName>

function FlagField({
  draft,
  editing,
  onEdited,
  field,
  label,
}: SectionProps & { field: FlagFieldName; label: string }) {
  const t = useAppTexts()
  const id = `cs-field-${field}`
  return (
    <FormItem
      labelContent={
        <Label showColon for={id}>
          {label}
        </Label>
      }
    >
      {editing ? (
        <CheckBox
          id={id}
          accessibleName={label}
          checked={draft.values[field]}
          onChange={(event) => {
            draft.setValue(field, event.target.checked)
            onEdited(field)
          }}
        />
      ) : (
        // Display mode reads like the other facts, not like a disabled control.
        <Text>{draft.values[field] ? t('common.yes') : t('common.no')}</Text>
      )}
    </FormItem>
  )
}

function TextField({
  draft,
  editing,
  errors,
  onEdited,
  field,
  label,
  required,
  type,
  disabled,
}: SectionProps & {
  field: TextFieldName
  label: string
  required?: boolean
  type?: 'Number' | 'Email' | 'Tel'
  disabled?: boolean
}) {
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
          disabled={disabled}
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
