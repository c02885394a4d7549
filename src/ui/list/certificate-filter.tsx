import { useQuery } from '@tanstack/react-query'
import { Option, Select } from '@ui5/webcomponents-react'
import { clientCertificatesQuery } from '../../api/client-certificates'
import { FilterItem } from './filter-bar'

interface Props {
  id: string
  label: string
  /** The chosen certificate's id; '' for all. */
  value: string
  onChange: (value: string | undefined) => void
  /** The first option's text, e.g. "All". */
  allText: string
  /** The text for a chosen certificate no longer in the list, e.g. "{0} (no longer listed)". */
  unlistedText: (certificateId: string) => string
}

/** Filters by the client certificate the outbound users present, chosen by its description. */
export function CertificateFilter({ id, label, value, onChange, allText, unlistedText }: Props) {
  const certificates = useQuery(clientCertificatesQuery())
  const listed = certificates.data ?? []
  // A bookmark may name a certificate a rotation has removed since: keep it choosable and say so.
  const unlisted = value && certificates.data && !listed.some((c) => c.id === value)
  return (
    <FilterItem id={id} label={label}>
      <Select
        id={id}
        accessibleName={label}
        value={value}
        onChange={(event) => onChange(event.detail.selectedOption.value)}
      >
        <Option value="">{allText}</Option>
        {listed.map((certificate) => (
          <Option key={certificate.id} value={certificate.id}>
            {certificate.description}
          </Option>
        ))}
        {unlisted && <Option value={value}>{unlistedText(value)}</Option>}
      </Select>
    </FilterItem>
  )
}
