import {
  DynamicPage,
  DynamicPageTitle,
  Link,
  MessageStrip,
  Text,
  Title,
} from '@ui5/webcomponents-react'
import { externalSystemsHref } from '../../../ui/links/app-links'
import { useAppTexts } from '../i18n/texts'
import { RootCertificateSection } from './root-certificate-section'
import { SignRequestSection } from './sign-request-section'
import './customer-ca-page.css'

/**
 * Customer Root CA (simulated): the company's own CA, so that a customer certificate can be
 * rehearsed offline — sign the request from Maintain Client Certificates here, and let an external
 * system trust this root.
 */
export function CustomerCaPage() {
  const t = useAppTexts()
  return (
    <DynamicPage
      titleArea={
        <DynamicPageTitle
          breadcrumbs={<Link href={externalSystemsHref()}>{t('list.title')}</Link>}
          heading={
            <Title level="H1" size="H3">
              {t('customerCa.title')}
            </Title>
          }
          subheading={<Text>{t('customerCa.subtitle')}</Text>}
        />
      }
    >
      <MessageStrip design="Information" hideCloseButton className="customer-ca__intro">
        {t('customerCa.intro')}
      </MessageStrip>
      <RootCertificateSection />
      <SignRequestSection />
    </DynamicPage>
  )
}
