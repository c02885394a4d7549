import {
  AnalyticalTable,
  Button,
  Title,
  type AnalyticalTableCellInstance as CellInstance,
  type AnalyticalTableColumnDefinition,
} from '@ui5/webcomponents-react'
import { useMemo, useState } from 'react'
import type { ExternalSystem, TrustedCertificate } from '../../api/contracts/external-systems'
import { formatDate } from '../../ui/format'
import { RemoveDialog } from './remove-dialog'
import { UploadDialog } from './upload-dialog'

const original = (cell: CellInstance) => cell.row.original as TrustedCertificate

/** The certificates this external system trusts, and which Rotation Lab certificate each one is. */
export function TrustStore({ system }: { system: ExternalSystem }) {
  const [uploading, setUploading] = useState(false)
  const [removing, setRemoving] = useState<TrustedCertificate | null>(null)
  const columns = useMemo<AnalyticalTableColumnDefinition[]>(
    () => [
      { Header: 'Subject', accessor: 'subject' },
      { Header: 'Serial Number', accessor: 'serialNumber' },
      {
        Header: 'Valid From',
        id: 'validFrom',
        accessor: (row: Record<string, unknown>) =>
          formatDate((row as TrustedCertificate).validFrom),
      },
      {
        Header: 'Valid To',
        id: 'validTo',
        accessor: (row: Record<string, unknown>) => formatDate((row as TrustedCertificate).validTo),
      },
      {
        Header: 'SHA-256 Fingerprint',
        accessor: 'fingerprintSha256',
        // 95 characters do not fit a column: the start and end identify it, the tooltip holds it whole.
        Cell: (cell: CellInstance) => (
          <span className="external-system__fingerprint" title={original(cell).fingerprintSha256}>
            {shortFingerprint(original(cell).fingerprintSha256)}
          </span>
        ),
      },
      {
        Header: 'Rotation Lab Certificate',
        id: 'matches',
        accessor: (row: Record<string, unknown>) => {
          const matches = (row as TrustedCertificate).matches
          if (!matches) return 'Not a Rotation Lab certificate'
          return matches.removed
            ? `${matches.description} (removed by rotation)`
            : matches.description
        },
      },
      {
        Header: 'Actions',
        id: 'actions',
        disableSortBy: true,
        Cell: (cell: CellInstance) => (
          <Button
            design="Transparent"
            accessibleName={`Remove ${original(cell).subject}`}
            onClick={() => setRemoving(original(cell))}
          >
            Remove
          </Button>
        ),
      },
    ],
    [],
  )
  return (
    <div>
      <div className="external-system__toolbar">
        <Title level="H3" size="H5">{`Trusted Certificates (${system.trustStore.length})`}</Title>
        <span className="external-system__spacer" />
        <Button design="Emphasized" onClick={() => setUploading(true)}>
          Upload certificate
        </Button>
      </div>
      <AnalyticalTable
        data-testid="trust-store"
        columns={columns}
        data={system.trustStore}
        rowHeight={48}
        visibleRows={Math.max(1, system.trustStore.length)}
        minRows={1}
        noDataText="This external system trusts no certificate: every client certificate is rejected."
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
