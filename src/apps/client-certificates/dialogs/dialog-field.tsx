import { Input, Label } from '@ui5/webcomponents-react'
import { valueStateProps } from '../../../ui/value-state'

interface Props {
  id: string
  label: string
  value: string
  /** The API's reason for this field, shown as its value state. */
  error?: string
  required?: boolean
  type?: 'Text' | 'Password'
  onInput: (value: string) => void
}

/** One labelled input of this app's dialogs: label above, the API's refusal as its value state. */
export function DialogField({ id, label, value, error, required, type, onInput }: Props) {
  return (
    <>
      <Label for={id} required={required} showColon>
        {label}
      </Label>
      <Input
        id={id}
        accessibleName={label}
        required={required}
        type={type}
        value={value}
        {...valueStateProps(error)}
        onInput={(event) => onInput(event.target.value)}
      />
    </>
  )
}
