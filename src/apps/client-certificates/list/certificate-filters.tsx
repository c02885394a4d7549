import { Input, Label, Option, Select } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/search.js'
import { Icon } from '@ui5/webcomponents-react'
import type { CertificateFilter } from '../../../api/client-certificates'
import { certificateStatus, managedBy } from '../../../api/contracts/client-certificates'
import { managedByLabels, statusLabels } from '../shared/certificate-labels'

interface CertificateFiltersProps {
  filter: CertificateFilter
  onChange: (change: Partial<Record<keyof CertificateFilter, string | undefined>>) => void
}

/** The filter bar of the list report: search, Status and Managed By; every change filters at once. */
export function CertificateFilters({ filter, onChange }: CertificateFiltersProps) {
  return (
    <div className="client-certificates__filters">
      <div className="client-certificates__filter">
        <Label for="certificate-search">Search</Label>
        <Input
          id="certificate-search"
          type="Search"
          accessibleName="Search"
          placeholder="Description, Issued To, Serial Number, Fingerprint"
          value={filter.search ?? ''}
          icon={<Icon name="search" />}
          showClearIcon
          onInput={(event) => onChange({ search: event.target.value })}
        />
      </div>
      <div className="client-certificates__filter">
        <Label for="certificate-status">Status</Label>
        <Select
          id="certificate-status"
          accessibleName="Status"
          value={filter.status ?? ''}
          onChange={(event) => onChange({ status: event.detail.selectedOption.value })}
        >
          <Option value="">All</Option>
          {certificateStatus.options.map((status) => (
            <Option key={status} value={status}>
              {statusLabels[status]}
            </Option>
          ))}
        </Select>
      </div>
      <div className="client-certificates__filter">
        <Label for="certificate-managed-by">Managed By</Label>
        <Select
          id="certificate-managed-by"
          accessibleName="Managed By"
          value={filter.managedBy ?? ''}
          onChange={(event) => onChange({ managedBy: event.detail.selectedOption.value })}
        >
          <Option value="">All</Option>
          {managedBy.options.map((owner) => (
            <Option key={owner} value={owner}>
              {managedByLabels[owner]}
            </Option>
          ))}
        </Select>
      </div>
    </div>
  )
}
