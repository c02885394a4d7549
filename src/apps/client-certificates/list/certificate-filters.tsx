import { Input, Label, Option, Select } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/search.js'
import { Icon } from '@ui5/webcomponents-react'
import type { CertificateFilter } from '../../../api/client-certificates'
import { certificateStatus, managedBy } from '../../../api/contracts/client-certificates'
import { useAppTexts } from '../i18n/texts'
import { managedByLabels, statusLabels } from '../shared/certificate-labels'

interface CertificateFiltersProps {
  filter: CertificateFilter
  onChange: (change: Partial<Record<keyof CertificateFilter, string | undefined>>) => void
}

/** The filter bar of the list report: search, Status and Managed By; every change filters at once. */
export function CertificateFilters({ filter, onChange }: CertificateFiltersProps) {
  const t = useAppTexts()
  return (
    <div className="client-certificates__filters">
      <div className="client-certificates__filter">
        <Label for="certificate-search">{t('list.search')}</Label>
        <Input
          id="certificate-search"
          type="Search"
          accessibleName={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          value={filter.search ?? ''}
          icon={<Icon name="search" />}
          showClearIcon
          onInput={(event) => onChange({ search: event.target.value })}
        />
      </div>
      <div className="client-certificates__filter">
        <Label for="certificate-status">{t('field.status')}</Label>
        <Select
          id="certificate-status"
          accessibleName={t('field.status')}
          value={filter.status ?? ''}
          onChange={(event) => onChange({ status: event.detail.selectedOption.value })}
        >
          <Option value="">{t('list.all')}</Option>
          {certificateStatus.options.map((status) => (
            <Option key={status} value={status}>
              {t(statusLabels[status])}
            </Option>
          ))}
        </Select>
      </div>
      <div className="client-certificates__filter">
        <Label for="certificate-managed-by">{t('field.managedBy')}</Label>
        <Select
          id="certificate-managed-by"
          accessibleName={t('field.managedBy')}
          value={filter.managedBy ?? ''}
          onChange={(event) => onChange({ managedBy: event.detail.selectedOption.value })}
        >
          <Option value="">{t('list.all')}</Option>
          {managedBy.options.map((owner) => (
            <Option key={owner} value={owner}>
              {t(managedByLabels[owner])}
            </Option>
          ))}
        </Select>
      </div>
    </div>
  )
}
