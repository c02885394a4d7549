import {
  Button,
  ObjectStatus,
  type AnalyticalTableCellInstance as CellInstance,
  type AnalyticalTableColumnDefinition,
} from '@ui5/webcomponents-react'
import type { TrustMode } from '../../api/contracts/common'
import type { TrustedCertificate } from '../../api/contracts/external-systems'
import { formatDate } from '../../ui/format'
import type { Texts } from '../../ui/i18n/text-bundle'

const original = (cell: CellInstance) => cell.row.original as TrustedCertificate
const entry = (row: Record<string, unknown>) => row as TrustedCertificate

/** Client certificate, or CA certificate — which counts only while the system trusts issuers. */
function roleText(t: Texts, trusted: TrustedCertificate, trustMode: TrustMode): string {
  if (!trusted.isCa) return t('trustStore.role.client')
  return trustMode === 'TrustedIssuer' ? t('trustStore.role.ca') : t('trustStore.role.caUnused')
}

/** The trust store's columns; the role of an entry depends on the system's trust mode. */
export function trustStoreColumns(
  t: Texts,
  trustMode: TrustMode,
  onRemove: (trusted: TrustedCertificate) => void,
): AnalyticalTableColumnDefinition[] {
  return [
    { Header: t('trustStore.subject'), accessor: 'subject', minWidth: 260 },
    {
      Header: t('trustStore.role'),
      id: 'role',
      minWidth: 240,
      accessor: (row: Record<string, unknown>) => roleText(t, entry(row), trustMode),
      Cell: (cell: CellInstance) =>
        original(cell).isCa ? (
          <ObjectStatus
            state={trustMode === 'TrustedIssuer' ? 'Information' : 'Critical'}
            showDefaultIcon
            className="external-system__role"
          >
            {roleText(t, original(cell), trustMode)}
          </ObjectStatus>
        ) : (
          roleText(t, original(cell), trustMode)
        ),
    },
    { Header: t('trustStore.serialNumber'), accessor: 'serialNumber' },
    {
      Header: t('trustStore.validFrom'),
      id: 'validFrom',
      accessor: (row: Record<string, unknown>) => formatDate(entry(row).validFrom),
    },
    {
      Header: t('trustStore.validTo'),
      id: 'validTo',
      accessor: (row: Record<string, unknown>) => formatDate(entry(row).validTo),
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
        const { matches, isCa } = entry(row)
        // A CA certificate is never one of the client certificates Rotation Lab issues.
        if (isCa) return ''
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
          onClick={() => onRemove(original(cell))}
        >
          {t('trustStore.remove')}
        </Button>
      ),
    },
  ]
}

function shortFingerprint(fingerprint: string): string {
  return fingerprint.length > 32
    ? `${fingerprint.slice(0, 17)}…${fingerprint.slice(-11)}`
    : fingerprint
}
