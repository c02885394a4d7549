import { FormItem, Input, Label, Option, Select, Text } from '@ui5/webcomponents-react'
import {
  certificateCategory,
  type ClientCertificate,
} from '../../../api/contracts/client-certificates'
import type { FieldErrors } from '../../../ui/editing/form-errors'
import { valueStateProps } from '../../../ui/value-state'
import { useAppTexts } from '../i18n/texts'
import { categoryLabels } from '../shared/certificate-labels'
import type { CertificateDraft } from './use-certificate-edit'

export interface EditState {
  draft: CertificateDraft
  errors: FieldErrors<keyof CertificateDraft>
  onEdit: (field: keyof CertificateDraft, value: string) => void
}

/**
 * Description and Certificate Category: read-only, or in edit mode an input and SAP's two values.
 * The API decides whether a value is allowed; its refusal shows on the field.
 */
export function EditableItems({
  certificate,
  edit,
}: {
  certificate: ClientCertificate
  edit?: EditState
}) {
  const t = useAppTexts()
  const categoryLabel = t('general.category')
  if (!edit)
    return (
      <FormItem labelContent={<Label showColon>{categoryLabel}</Label>}>
        <Text>{t(categoryLabels[certificate.category])}</Text>
      </FormItem>
    )
  return (
    <>
      <FormItem
        labelContent={
          <Label for="edit-description" required showColon>
            {t('field.description')}
          </Label>
        }
      >
        <Input
          id="edit-description"
          accessibleName={t('field.description')}
          required
          value={edit.draft.description}
          {...valueStateProps(edit.errors.description)}
          onInput={(event) => edit.onEdit('description', event.target.value)}
        />
      </FormItem>
      <FormItem
        labelContent={
          <Label for="edit-category" showColon>
            {categoryLabel}
          </Label>
        }
      >
        <Select
          id="edit-category"
          accessibleName={categoryLabel}
          value={edit.draft.category}
          {...valueStateProps(edit.errors.category)}
          onChange={(event) => edit.onEdit('category', event.detail.selectedOption.value ?? '')}
        >
          {certificateCategory.options.map((category) => (
            <Option key={category} value={category}>
              {t(categoryLabels[category])}
            </Option>
          ))}
        </Select>
      </FormItem>
    </>
  )
}
