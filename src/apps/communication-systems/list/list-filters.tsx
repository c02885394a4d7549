import { Option, Select } from '@ui5/webcomponents-react'
import { CertificateFilter } from '../../../ui/list/certificate-filter'
import { FilterBar, FilterItem, SearchFilter } from '../../../ui/list/filter-bar'
import { readinessOrder, useReadinessWords } from '../../../ui/words/readiness-words'
import { useAppTexts } from '../i18n/texts'
import type { useListFilter } from './use-list-filter'

type ListFilter = ReturnType<typeof useListFilter>

const all = ''

/** The filter bar: search, the client certificate the outbound users use, and readiness. Live, no Go. */
export function ListFilters({ filter }: { filter: ListFilter }) {
  const t = useAppTexts()
  const words = useReadinessWords()
  return (
    <FilterBar label={t('filter.label')}>
      <SearchFilter
        id="cs-search"
        label={t('filter.search')}
        placeholder={t('filter.searchPlaceholder')}
        value={filter.search}
        onSearch={(value) => filter.setFilter('search', value)}
      />
      <CertificateFilter
        id="cs-certificate"
        label={t('field.clientCertificate')}
        value={filter.certificate}
        onChange={(value) => filter.setFilter('certificate', value)}
        allText={t('filter.all')}
        unlistedText={(id) => t('filter.noLongerListed', id)}
      />
      <FilterItem id="cs-readiness" label={t('field.readiness')}>
        <Select
          id="cs-readiness"
          accessibleName={t('field.readiness')}
          value={filter.readiness ?? all}
          onChange={(event) => filter.setFilter('readiness', event.detail.selectedOption.value)}
        >
          <Option value={all}>{t('filter.all')}</Option>
          {readinessOrder.map((value) => (
            <Option key={value} value={value}>
              {words.readiness(value)}
            </Option>
          ))}
        </Select>
      </FilterItem>
    </FilterBar>
  )
}
