import { useQuery } from '@tanstack/react-query'
import { Input, Label, Option, Select } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/search.js'
import { Icon } from '@ui5/webcomponents-react'
import { clientCertificatesQuery } from '../../../api/client-certificates'
import { readinessOrder, useReadinessWords } from '../../../ui/words/readiness-words'
import { useAppTexts } from '../i18n/texts'
import type { useListFilter } from './use-list-filter'
import './system-list-page.css'

type ListFilter = ReturnType<typeof useListFilter>

const all = ''

/** The filter bar: search, the client certificate the outbound users use, and readiness. Live, no Go. */
export function ListFilters({ filter }: { filter: ListFilter }) {
  const t = useAppTexts()
  const words = useReadinessWords()
  const certificates = useQuery(clientCertificatesQuery())
  const listed = certificates.data ?? []
  // A deep link may name a certificate that is no longer listed (removed by a rotation).
  const unlisted = filter.certificate && !listed.some((c) => c.id === filter.certificate)

  return (
    <div className="cs-filter-bar" role="search" aria-label={t('filter.label')}>
      <div className="cs-filter-bar__item cs-filter-bar__item--search">
        <Label for="cs-search">{t('filter.search')}</Label>
        <Input
          id="cs-search"
          accessibleName={t('filter.search')}
          placeholder={t('filter.searchPlaceholder')}
          value={filter.search}
          showClearIcon
          icon={<Icon name="search" />}
          onInput={(event) => filter.setFilter('search', event.target.value)}
        />
      </div>
      <div className="cs-filter-bar__item">
        <Label for="cs-certificate">{t('field.clientCertificate')}</Label>
        <Select
          id="cs-certificate"
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
      <div className="cs-filter-bar__item">
        <Label for="cs-readiness">{t('field.readiness')}</Label>
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
      </div>
    </div>
  )
}
