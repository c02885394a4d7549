import { useQuery } from '@tanstack/react-query'
import { Option, Select } from '@ui5/webcomponents-react'
import { communicationScenariosQuery } from '../../../api/communication-arrangements'
import { CertificateFilter } from '../../../ui/list/certificate-filter'
import { FilterBar, FilterItem, SearchFilter } from '../../../ui/list/filter-bar'
import { useAppTexts } from '../i18n/texts'
import type { ArrangementFilter } from './use-arrangement-filter'

const all = ''

/** The filter bar: search, the scenario, and the client certificate the outbound users present. Live, no Go. */
export function ArrangementFilters({ filter }: { filter: ArrangementFilter }) {
  const t = useAppTexts()
  const scenarios = useQuery(communicationScenariosQuery())
  return (
    <FilterBar label={t('filter.label')}>
      <SearchFilter
        id="ca-search"
        label={t('filter.search')}
        placeholder={t('filter.searchPlaceholder')}
        value={filter.search}
        onSearch={(value) => filter.setFilter('search', value)}
      />
      <FilterItem id="ca-scenario" label={t('field.scenario')}>
        <Select
          id="ca-scenario"
          accessibleName={t('field.scenario')}
          value={filter.scenario}
          onChange={(event) => filter.setFilter('scenario', event.detail.selectedOption.value)}
        >
          <Option value={all}>{t('filter.all')}</Option>
          {(scenarios.data ?? []).map((scenario) => (
            <Option key={scenario.id} value={scenario.id} additionalText={scenario.description}>
              {scenario.id}
            </Option>
          ))}
        </Select>
      </FilterItem>
      <CertificateFilter
        id="ca-certificate"
        label={t('field.clientCertificate')}
        value={filter.certificate}
        onChange={(value) => filter.setFilter('certificate', value)}
        allText={t('filter.all')}
        unlistedText={(id) => t('filter.noLongerListed', id)}
      />
    </FilterBar>
  )
}
