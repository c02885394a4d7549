import { Button, Title } from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../ui/table/analytical-table'
import { useMemo, useState } from 'react'
import type { ExternalSystem, TrustedCertificate } from '../../api/contracts/external-systems'
import { formatNumber } from '../../ui/format'
import { useAppTexts } from './i18n/texts'
import { RemoveDialog } from './remove-dialog'
import { trustStoreColumns } from './trust-store-columns'
import { TrustStoreNotice } from './trust-store-notice'
import { UploadDialog } from './upload-dialog'

/** The certificates this external system trusts, their role, and which Rotation Lab certificate each one is. */
export function TrustStore({ system }: { system: ExternalSystem }) {
  const t = useAppTexts()
  const [uploading, setUploading] = useState(false)
  const [removing, setRemoving] = useState<TrustedCertificate | null>(null)
  const columns = useMemo(
    () => trustStoreColumns(t, system.trustMode, setRemoving),
    [t, system.trustMode],
  )
  return (
    <div>
      <div className="external-system__toolbar">
        <Title level="H3" size="H5">
          {t('trustStore.title', formatNumber(system.trustStore.length))}
        </Title>
        <span className="external-system__spacer" />
        <Button design="Emphasized" onClick={() => setUploading(true)}>
          {t('trustStore.upload')}
        </Button>
      </div>
      <TrustStoreNotice system={system} />
      <AnalyticalTable
        data-testid="trust-store"
        columns={columns}
        data={system.trustStore}
        rowHeight={48}
        visibleRows={Math.max(1, system.trustStore.length)}
        minRows={1}
        noDataText={t('trustStore.noData')}
      />
      {uploading && <UploadDialog system={system} onClose={() => setUploading(false)} />}
      {removing && (
        <RemoveDialog system={system} certificate={removing} onClose={() => setRemoving(null)} />
      )}
    </div>
  )
}
