import { keepPreviousData, useQuery } from '@tanstack/react-query'
import {
  BusyIndicator,
  DynamicPage,
  DynamicPageHeader,
  DynamicPageTitle,
  IllustratedMessage,
  Text,
  Title,
} from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/NoData.js'
import '@ui5/webcomponents-fiori/dist/illustrations/NoFilterResults.js'
import { clientCertificatesQuery, type CertificateFilter } from '../../../api/client-certificates'
import { useAppTexts } from '../i18n/texts'
import { LoadFailure } from '../shared/load-failure'
import { useDelayedFlag } from '../shared/use-delayed-flag'
import { CertificateFilters } from './certificate-filters'
import { CertificateTable } from './certificate-table'
import { OverlapMessageStrip } from './overlap-message-strip'
import { useListFilter } from './use-list-filter'

/** The list report of Maintain Client Certificates: filters in the header, the certificates below. */
export function CertificateListPage() {
  const t = useAppTexts()
  const { filter, setFilter } = useListFilter()
  return (
    <DynamicPage
      className="client-certificates__page"
      titleArea={
        <DynamicPageTitle
          heading={
            <Title level="H1" size="H3">
              {t('app.title')}
            </Title>
          }
          subheading={<Text>{t('list.subtitle')}</Text>}
        />
      }
      headerArea={
        <DynamicPageHeader accessibleName={t('list.filters')}>
          <CertificateFilters filter={filter} onChange={setFilter} />
        </DynamicPageHeader>
      }
    >
      <OverlapMessageStrip />
      <CertificateResults filter={filter} />
    </DynamicPage>
  )
}

function CertificateResults({ filter }: { filter: CertificateFilter }) {
  const t = useAppTexts()
  // The previous rows stay while a new search runs, so typing does not blank the table.
  const list = useQuery({ ...clientCertificatesQuery(filter), placeholderData: keepPreviousData })
  const showBusy = useDelayedFlag(list.isPending)

  if (list.isPending) {
    return showBusy ? (
      <BusyIndicator active className="client-certificates__busy" aria-label={t('list.loading')} />
    ) : null
  }
  if (list.isError)
    return (
      <LoadFailure
        title={t('list.loadFailed')}
        error={list.error}
        onRetry={() => void list.refetch()}
      />
    )
  if (list.data.length === 0) {
    const filtered = Boolean(filter.search || filter.status || filter.managedBy)
    return (
      <IllustratedMessage
        className="client-certificates__message"
        name={filtered ? 'NoFilterResults' : 'NoData'}
        titleText={filtered ? t('list.noMatchTitle') : t('list.emptyTitle')}
        subtitleText={filtered ? t('list.noMatchText') : t('list.emptyText')}
      />
    )
  }
  return <CertificateTable rows={list.data} />
}
