import { useQuery } from '@tanstack/react-query'
import { Label, Option, Select } from '@ui5/webcomponents-react'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import { useAppTexts } from '../i18n/texts'
import { valueStateProps } from '../../../ui/value-state'
import { UnusableCertificates } from './unusable-certificates'
import { validityText } from './validity-text'

interface Props {
  value: string
  /** The description the user's saved certificate had, for one that is no longer listed. */
  savedDescription: string | undefined
  error: string | undefined
  onChange: (certificateId: string) => void
}

/**
 * Client Certificate: the certificates the API says an outbound user can be given (`usability`), by
 * description with their validity; below the field, why the other listed ones are not offered.
 */
export function CertificateSelect({ value, savedDescription, error, onChange }: Props) {
  const t = useAppTexts()
  const certificates = useQuery(clientCertificatesQuery())
  const listed = certificates.data ?? []
  const offered = listed.filter((c) => c.usability.usable)
  const notOffered = listed.filter((c) => !c.usability.usable)
  // The chosen one may have been removed meanwhile: keep it visible (and refused) instead of
  // silently showing another certificate as if it were chosen.
  const unlisted = value && certificates.data && !listed.some((c) => c.id === value)
  const chosen = listed.find((c) => c.id === value)
  // The user's own certificate may have become unusable (expired): shown as chosen, never hidden.
  const chosenUnusable = chosen && !chosen.usability.usable ? chosen : undefined
  return (
    <div className="cs-certificate-field">
      <Select
        id="cs-user-certificate"
        accessibleName={t('field.clientCertificate')}
        required
        value={value}
        {...valueStateProps(
          error ?? (certificates.isError ? t('certificate.loadFailed') : undefined),
        )}
        onChange={(event) => onChange(event.detail.selectedOption.value ?? '')}
      >
        {!value && <Option value="">{t('certificate.choose')}</Option>}
        {offered.map((certificate) => (
          <Option
            key={certificate.id}
            value={certificate.id}
            additionalText={validityText(t, certificate)}
          >
            {certificate.description}
          </Option>
        ))}
        {chosenUnusable && (
          <Option value={chosenUnusable.id} additionalText={t('certificate.notUsableOption')}>
            {chosenUnusable.description}
          </Option>
        )}
        {unlisted && (
          <Option value={value} additionalText={t('certificate.noLongerListed')}>
            {savedDescription ?? value}
          </Option>
        )}
      </Select>
      {/* The API's reason stays readable beside the field, not only in the focus popover. */}
      {error ? (
        <Label className="cs-field-error" wrappingType="Normal">
          {error}
        </Label>
      ) : (
        chosen && <Label>{`${chosen.description}: ${validityText(t, chosen)}`}</Label>
      )}
      <UnusableCertificates certificates={notOffered} />
    </div>
  )
}
