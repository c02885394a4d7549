import { useQuery } from '@tanstack/react-query'
import { Icon, Input, Label, Option, Select } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/search.js'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import { communicationScenariosQuery } from '../../../api/communication-arrangements'
import { useAppTexts } from '../i18n/texts'
import type { ArrangementFilter } from './use-arrangement-filter'

const all = ''

/** The filter bar: search, the scenario, and the client certificate the outbound users present. Live, no Go. */
export function ArrangementFilters({ filter }: { filter: ArrangementFilter }) {
  const t = useAppTexts()
  const scenarios = useQuery(communicationScenariosQuery())
  const certificates = useQuery(clientCertificatesQuery())
  const listed = certificates.data ?? []
  // A bookmark may name a certificate a rotation has removed since: keep it choosable and say so.
  const unlisted =
    filter.certificate && certificates.data && !listed.some((c) => c.id === filter.certificate)

  return (
    <div className="ca-filter-bar" role="search" aria-label={t('filter.label')}>
      <div className="ca-filter-bar__item ca-filter-bar__item--search">
        <Label for="ca-search">{t('filter.search')}</Label>
        <Input
          id="ca-search"
          accessibleName={t('filter.search')}
          placeholder={t('filter.searchPlaceholder')}
          value={filter.search}
          showClearIcon
          icon={<Icon name="search" />}
          onInput={(event) => filter.setFilter('search', event.target.value)}
        />
      </div>
      <div className="ca-filter-bar__item">
        <Label for="ca-scenario">{t('field.scenario')}</Label>
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
      </div>
      <div className="ca-filter-bar__item">
        <Label for="ca-certificate">{t('field.clientCertificate')}</Label>
        <Select
          id="ca-certificate"
          accessibleName={t('field.clientCertificate')}
          value={filter.certificate}
          onChange={(event) => filter.setFilter('certificate', event.detail.selectedOption.value)}
        >
          <Option value={all}>{t('filter.all')}</Option>
          {listed.map((certificate) => (
            <Option key={certificate.id} value={certificate.id}>
              {certificate.description}
            </Option>
          ))}
          {unlisted && (
            <Option value={filter.certificate}>
              {t('filter.noLongerListed', filter.certificate)}
            </Option>
          )}
        </Select>
      </div>
    </div>
  )
}
