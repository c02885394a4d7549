import { useQuery } from '@tanstack/react-query'
import {
  BusyIndicator,
  Button,
  DynamicPage,
  DynamicPageTitle,
  IllustratedMessage,
  MessageStrip,
  Text,
  Title,
} from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/NoData.js'
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js'
import { trustCenterCertificatesQuery } from '../../api/sap-trust-center'
import { CaCertificateTable } from './ca-certificate-table'
import { useAppTexts } from './i18n/texts'

/** The SAP Trust Center (simulated): what SAP publishes, and why an administrator needs it. */
export function TrustCenterPage() {
  const t = useAppTexts()
  return (
    <DynamicPage
      className="sap-trust-center__page"
      titleArea={
        <DynamicPageTitle
          heading={
            <Title level="H1" size="H3">
              {t('page.title')}
            </Title>
          }
          subheading={<Text>{t('page.subtitle')}</Text>}
        />
      }
    >
      <MessageStrip design="Information" hideCloseButton className="sap-trust-center__intro">
        {t('page.intro')}
      </MessageStrip>
      <CaCertificates />
    </DynamicPage>
  )
}

function CaCertificates() {
  const t = useAppTexts()
  const list = useQuery(trustCenterCertificatesQuery())
  if (list.isPending)
    return (
      <BusyIndicator
        active
        delay={400}
        className="sap-trust-center__busy"
        aria-label={t('list.loading')}
      />
    )
  if (list.isError)
    return (
      <div role="alert" className="sap-trust-center__message">
        <IllustratedMessage
          name="UnableToLoad"
          titleText={t('list.loadFailed')}
          subtitleText={list.error.message}
        >
          <Button design="Emphasized" onClick={() => void list.refetch()}>
            {t('list.retry')}
          </Button>
        </IllustratedMessage>
      </div>
    )
  if (list.data.length === 0)
    return (
      <IllustratedMessage
        className="sap-trust-center__message"
        name="NoData"
        titleText={t('list.emptyTitle')}
        subtitleText={t('list.emptyText')}
      />
    )
  return <CaCertificateTable rows={list.data} />
}
