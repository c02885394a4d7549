import {
  AnalyticalTable,
  Button,
  Title,
  type AnalyticalTableCellInstance as CellInstance,
  type AnalyticalTableColumnDefinition,
} from '@ui5/webcomponents-react'
import { useMemo, useState } from 'react'
import type { ExternalSystem, TrustedCertificate } from '../../api/contracts/external-systems'
import { formatDate, formatNumber } from '../../ui/format'
import { useAppTexts } from './i18n/texts'
import { RemoveDialog } from './remove-dialog'
import { UploadDialog } from './upload-dialog'

const original = (cell: CellInstance) => cell.row.original as TrustedCertificate

/** The certificates this external system trusts, and which Rotation Lab certificate each one is. */
export function TrustStore({ system }: { system: ExternalSystem }) {
  const t = useAppTexts()
  const [uploading, setUploading] = useState(false)
  const [removing, setRemoving] = useState<TrustedCertificate | null>(null)
  const columns = useMemo<AnalyticalTableColumnDefinition[]>(
    () => [
      { Header: t('trustStore.subject'), accessor: 'subject' },
      { Header: t('trustStore.serialNumber'), accessor: 'serialNumber' },
      {
        Header: t('trustStore.validFrom'),
        id: 'validFrom',
        accessor: (row: Record<string, unknown>) =>
          formatDate((row as TrustedCertificate).validFrom),
      },
      {
        Header: t('trustStore.validTo'),
        id: 'validTo',
        accessor: (row: Record<string, unknown>) => formatDate((row as TrustedCertificate).validTo),
      },
      {
        Header: t('trustStore.fingerprint'),
        accessor: 'fingerprintSha256',
        // 95 characters do not fit a column: the start and end identify it, the tooltip holds it whole.
        Cell: (cell: CellInstance) => (
          <span className="external-system__fingerprint" title={original(cell).fingerprintSha256}>
            {shortFingerprint(original(cell).fingerprintSha256)}
          </span>
        ),
      },
      {
        Header: t('trustStore.rotationLabCertificate'),
        id: 'matches',
        accessor: (row: Record<string, unknown>) => {
          const matches = (row as TrustedCertificate).matches
          if (!matches) return t('trustStore.notRotationLab')
          return matches.removed
            ? t('trustStore.removedByRotation', matches.description)
            : matches.description
        },
      },
      {
        Header: t('trustStore.actions'),
        id: 'actions',
        disableSortBy: true,
        Cell: (cell: CellInstance) => (
          <Button
            design="Transparent"
            accessibleName={t('trustStore.removeLabel', original(cell).subject)}
            onClick={() => setRemoving(original(cell))}
          >
            {t('trustStore.remove')}
          </Button>
        ),
      },
    ],
    [t],
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

function shortFingerprint(fingerprint: string): string {
  return fingerprint.length > 32
    ? `${fingerprint.slice(0, 17)}…${fingerprint.slice(-11)}`
    : fingerprint
}
