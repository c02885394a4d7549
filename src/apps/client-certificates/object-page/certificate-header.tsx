import {
  Breadcrumbs,
  BreadcrumbsItem,
  Label,
  ObjectPageHeader,
  ObjectPageTitle,
  Text,
  Title,
} from '@ui5/webcomponents-react'
import type { ReactElement } from 'react'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import { formatDate } from '../../../ui/format'
import { clientCertificatesHref } from '../../../ui/links/app-links'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { categoryLabels, managedByLabels } from '../shared/certificate-labels'
import { CertificateStatus } from '../shared/certificate-status'

// Plain functions, not components: the ObjectPage passes internal props to the very elements it
// receives as titleArea and headerArea, which a wrapping component would swallow.

/** Title bar: breadcrumb back to the list, the description, its category and status, the actions. */
export function certificateTitle(
  t: Texts,
  certificate: ClientCertificate,
  actions: ReactElement | undefined,
) {
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
      subHeader={t(categoryLabels[certificate.category])}
      actionsBar={actions}
    >
      <CertificateStatus certificate={certificate} className="client-certificates__title-status" />
    </ObjectPageTitle>
  )
}

/** Key facts an administrator acts on: who manages it, until when it can be used, how long is left. */
export function certificateHeader(t: Texts, certificate: ClientCertificate) {
  const { daysLeft, pendingRequest } = certificate
  const left =
    daysLeft === undefined
      ? undefined
      : certificate.removalDate
        ? t.count('header.daysUntilRemoval', daysLeft)
        : t.count('header.daysUntilValidTo', daysLeft)
  return (
    <ObjectPageHeader>
      <dl className="client-certificates__facts">
        <KeyFact label={t('field.managedBy')} value={t(managedByLabels[certificate.managedBy])} />
        <KeyFact label={t('field.issuedTo')} value={certificate.issuedTo} />
        {certificate.validTo && (
          <KeyFact label={t('field.validTo')} value={formatDate(certificate.validTo)} />
        )}
        {certificate.removalDate && (
          <KeyFact label={t('header.removalDate')} value={formatDate(certificate.removalDate)} />
        )}
        {left && <KeyFact label={t('header.daysLeft')} value={left} />}
        {pendingRequest && (
          <KeyFact
            label={t('request.requestedOn')}
            value={formatDate(pendingRequest.requestedOn)}
          />
        )}
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
