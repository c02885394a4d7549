import { useQuery } from '@tanstack/react-query'
import { BusyIndicator, ObjectPage, ObjectPageSection } from '@ui5/webcomponents-react'
import { useState } from 'react'
import { useParams } from 'react-router'
import { ApiError } from '../../../api/api-error'
import { clientCertificateQuery } from '../../../api/client-certificates'
import { useAppTexts } from '../i18n/texts'
import { LoadFailure } from '../shared/load-failure'
import { useDelayedFlag } from '../shared/use-delayed-flag'
import { certificateHeader, certificateTitle } from './certificate-header'
import { CertificateUnavailable } from './certificate-unavailable'
import { ExportDialog } from './export-dialog'
import { GeneralInformation } from './general-information'
import { ValiditySection } from './validity-section'
import { ArrangementUsageTable } from './arrangement-usage-table'
import { WhereUsedTable } from './where-used-table'

/** The object page of one client certificate: header with key facts, details, validity, where-used. */
export function CertificateObjectPage() {
  const t = useAppTexts()
  const id = useParams().certificateId ?? ''
  const certificate = useQuery(clientCertificateQuery(id))
  const showBusy = useDelayedFlag(certificate.isPending)
  const [exporting, setExporting] = useState(false)

  if (certificate.isPending) {
    return showBusy ? (
      <BusyIndicator
        active
        className="client-certificates__busy"
        aria-label={t('objectPage.loading')}
      />
    ) : null
  }
  if (certificate.isError) {
    const { error } = certificate
    if (
      error instanceof ApiError &&
      (error.code === 'CertificateRemoved' || error.status === 404)
    ) {
      return <CertificateUnavailable error={error} />
    }
    return (
      <LoadFailure
        title={t('objectPage.loadFailed')}
        error={error}
        onRetry={() => void certificate.refetch()}
      />
    )
  }

  const data = certificate.data
  return (
    <>
      <ObjectPage
        className="client-certificates__page"
        titleArea={certificateTitle(t, data, () => setExporting(true))}
        headerArea={certificateHeader(t, data)}
      >
        <ObjectPageSection id="general-information" titleText={t('objectPage.section.general')}>
          <GeneralInformation certificate={data} />
        </ObjectPageSection>
        <ObjectPageSection id="validity" titleText={t('objectPage.section.validity')}>
          <ValiditySection certificate={data} />
        </ObjectPageSection>
        <ObjectPageSection
          id="communication-systems"
          titleText={t('objectPage.section.communicationSystems')}
        >
          <WhereUsedTable usage={data.usage} />
        </ObjectPageSection>
        <ObjectPageSection
          id="communication-arrangements"
          titleText={t('objectPage.section.communicationArrangements')}
        >
          <ArrangementUsageTable usage={data.arrangementUsage} />
        </ObjectPageSection>
      </ObjectPage>
      <ExportDialog certificate={data} open={exporting} onClose={() => setExporting(false)} />
    </>
  )
}
