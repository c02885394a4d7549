import { FileUploader, Label } from '@ui5/webcomponents-react'
import { valueStateProps } from '../../../ui/value-state'

interface Props {
  id: string
  label: string
  placeholder: string
  /** The file types offered first, e.g. ".p12,.pfx". */
  accept: string
  /** The API's reason the file was refused, shown as the chooser's value state. */
  error?: string
  onChoose: (file: File | null) => void
}

/** A labelled file chooser of this app's dialogs; the file is sent as it is. */
export function FileField({ id, label, placeholder, accept, error, onChoose }: Props) {
  return (
    <>
      <Label for={id} required showColon>
        {label}
      </Label>
      <FileUploader
        id={id}
        accessibleName={label}
        accept={accept}
        placeholder={placeholder}
        required
        {...valueStateProps(error)}
        onChange={(event) => onChoose(event.detail.files?.[0] ?? null)}
      />
    </>
  )
}
