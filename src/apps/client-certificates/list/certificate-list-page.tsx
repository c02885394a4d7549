import {
  DynamicPage,
  DynamicPageHeader,
  DynamicPageTitle,
  Text,
  Title,
} from '@ui5/webcomponents-react'
import { useState } from 'react'
import { CreateCertificateDialog } from '../dialogs/create-certificate-dialog'
import { Pkcs12UploadDialog } from '../dialogs/pkcs12-upload-dialog'
import { useAppTexts } from '../i18n/texts'
import { CertificateFilters } from './certificate-filters'
import { CertificateResults } from './certificate-results'
import { OverlapMessageStrip } from './overlap-message-strip'
import { useListFilter } from './use-list-filter'

/** The list report of Maintain Client Certificates: filters in the header, the certificates below. */
export function CertificateListPage() {
  const t = useAppTexts()
  const { filter, setFilter } = useListFilter()
  const [dialog, setDialog] = useState<'create' | 'pkcs12'>()
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
      <CertificateResults
        filter={filter}
        onCreate={() => setDialog('create')}
        onUploadPkcs12={() => setDialog('pkcs12')}
      />
      <CreateCertificateDialog open={dialog === 'create'} onClose={() => setDialog(undefined)} />
      <Pkcs12UploadDialog open={dialog === 'pkcs12'} onClose={() => setDialog(undefined)} />
    </DynamicPage>
  )
}
