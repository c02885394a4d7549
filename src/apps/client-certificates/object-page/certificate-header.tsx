import {
  Breadcrumbs,
  BreadcrumbsItem,
  Label,
  ObjectPageHeader,
  ObjectPageTitle,
  Text,
  Title,
  Toolbar,
  ToolbarButton,
} from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/download.js'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import { formatDate } from '../../../ui/format'
import { clientCertificatesHref } from '../../../ui/links/app-links'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { managedByLabels } from '../shared/certificate-labels'
import { CertificateStatus } from '../shared/certificate-status'

// Plain functions, not components: the ObjectPage passes internal props to the very elements it
// receives as titleArea and headerArea, which a wrapping component would swallow.

/** Title bar: breadcrumb back to the list, the description, its status, and the Export action. */
export function certificateTitle(t: Texts, certificate: ClientCertificate, onExport: () => void) {
  return (
    <ObjectPageTitle
      breadcrumbs={
        <Breadcrumbs>
          <BreadcrumbsItem href={clientCertificatesHref()}>{t('app.title')}</BreadcrumbsItem>
          <BreadcrumbsItem>{certificate.description}</BreadcrumbsItem>
        </Breadcrumbs>
      }
      header={
        <Title level="H1" size="H3">
          {certificate.description}
        </Title>
      }
      subHeader={certificate.category}
      actionsBar={
        <Toolbar design="Transparent">
          <ToolbarButton
            design="Emphasized"
            icon="download"
            text={t('export.action')}
            onClick={onExport}
          />
        </Toolbar>
      }
    >
      <CertificateStatus certificate={certificate} className="client-certificates__title-status" />
    </ObjectPageTitle>
  )
}

/** Key facts an administrator acts on: who manages it, until when it can be used, how long is left. */
export function certificateHeader(t: Texts, certificate: ClientCertificate) {
  const daysLeft = certificate.removalDate
    ? t.count('header.daysUntilRemoval', certificate.daysLeft ?? 0)
    : t.count('header.daysUntilValidTo', certificate.daysLeft ?? 0)
  return (
    <ObjectPageHeader>
      <dl className="client-certificates__facts">
        <KeyFact label={t('field.managedBy')} value={t(managedByLabels[certificate.managedBy])} />
        <KeyFact label={t('field.issuedTo')} value={certificate.issuedTo} />
        <KeyFact label={t('field.validTo')} value={formatDate(certificate.validTo)} />
        {certificate.removalDate && (
          <KeyFact label={t('header.removalDate')} value={formatDate(certificate.removalDate)} />
        )}
        <KeyFact label={t('header.daysLeft')} value={daysLeft} />
      </dl>
    </ObjectPageHeader>
  )
}

function KeyFact({ label, value }: { label: string; value: string }) {
  return (
    <div className="client-certificates__fact">
      <dt>
        <Label showColon>{label}</Label>
      </dt>
      <dd>
        <Text>{value}</Text>
      </dd>
    </div>
  )
}
