import { Label, Option, Select } from '@ui5/webcomponents-react'
import { clientAuthentication, type ClientAuthentication } from '../../../api/contracts/common'
import { useAppTexts } from '../i18n/texts'
import {
  authenticationTexts,
  clientAuthenticationKeys,
} from '../../../ui/words/authentication-words'
import { useTexts } from '../../../ui/i18n/language-context'
import { valueStateProps } from '../../../ui/value-state'

interface Props {
  value: ClientAuthentication
  error: string | undefined
  onChange: (value: ClientAuthentication) => void
}

/** Client Authentication of an OAuth 2.0 user: Client Secret, or mTLS with a client certificate. */
export function ClientAuthenticationSelect({ value, error, onChange }: Props) {
  const t = useAppTexts()
  const words = useTexts(authenticationTexts)
  return (
    <div className="cs-certificate-field">
      <Select
        id="cs-user-client-authentication"
        accessibleName={t('field.clientAuthentication')}
        required
        value={value}
        {...valueStateProps(error)}
        onChange={(event) => onChange(event.detail.selectedOption.value as ClientAuthentication)}
      >
        {clientAuthentication.options.map((option) => (
          <Option key={option} value={option}>
            {words(clientAuthenticationKeys[option])}
          </Option>
        ))}
      </Select>
      {/* As beside the Client Certificate: the API's reason readable without focusing the field. */}
      {error && (
        <Label className="cs-field-error" wrappingType="Normal">
          {error}
        </Label>
      )}
    </div>
  )
}
