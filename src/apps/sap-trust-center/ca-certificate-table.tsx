import {
  Button,
  MessageStrip,
  type AnalyticalTableCellInstance as CellInstance,
  type AnalyticalTableColumnDefinition,
} from '@ui5/webcomponents-react'
import { AnalyticalTable } from '../../ui/table/analytical-table'
import '@ui5/webcomponents-icons/dist/copy.js'
import { Fragment, useMemo } from 'react'
import type { CaRole, TrustCenterCertificate } from '../../api/contracts/sap-trust-center'
import { formatDate, formatNumber } from '../../ui/format'
import type { Texts } from '../../ui/i18n/text-bundle'
import { useCopy } from '../../ui/use-copy'
import { DownloadButton, DownloadMenu, DownloadProvider, useDownload } from './download-menu'
import { useAppTexts } from './i18n/texts'

const roleLabels: Record<CaRole, string> = {
  'Root CA': 'role.root',
  'Intermediate CA': 'role.intermediate',
}

// The table types its rows as plain records; these rows are the API's certificates.
const certificateOf = (cell: CellInstance) => cell.row.original as TrustCenterCertificate
const dateOf = (key: 'validFrom' | 'validTo') => (row: Record<string, unknown>) =>
  formatDate((row as TrustCenterCertificate)[key])

function columnsIn(
  t: Texts,
  copy: (text: string) => Promise<void>,
): AnalyticalTableColumnDefinition[] {
  return [
    { Header: t('column.description'), accessor: 'description', minWidth: 200 },
    {
      Header: t('column.role'),
      id: 'role',
      accessor: (row: Record<string, unknown>) =>
        t(roleLabels[(row as TrustCenterCertificate).role]),
      width: 130,
    },
    {
      Header: t('column.subject'),
      accessor: 'subject',
      minWidth: 240,
      Cell: (cell: CellInstance) => (
        <span className="sap-trust-center__wrap">{certificateOf(cell).subject}</span>
      ),
    },
    { Header: t('column.validFrom'), id: 'validFrom', accessor: dateOf('validFrom'), width: 120 },
    { Header: t('column.validTo'), id: 'validTo', accessor: dateOf('validTo'), width: 120 },
    {
      // Compared character by character with an external system's trust store: shown whole, in a
      // monospace-friendly wrap, one click from the clipboard (as Maintain Client Certificates does).
      Header: t('column.fingerprint'),
      accessor: 'fingerprintSha256',
      minWidth: 360,
      disableSortBy: true,
      Cell: (cell: CellInstance) => {
        const certificate = certificateOf(cell)
        const label = t('action.copyFingerprint', certificate.description)
        return (
          <span className="sap-trust-center__copyable">
            <span className="sap-trust-center__code" data-testid="fingerprint-sha256">
              <BreakAfterColons text={certificate.fingerprintSha256} />
            </span>
            <Button
              design="Transparent"
              icon="copy"
              accessibleName={label}
              tooltip={label}
              onClick={() => void copy(certificate.fingerprintSha256)}
            />
          </span>
        )
      },
    },
    {
      Header: t('column.download'),
      id: 'download',
      width: 150,
      disableSortBy: true,
      Cell: (cell: CellInstance) => <DownloadButton certificate={certificateOf(cell)} />,
    },
  ]
}

/** The published CA certificates, each with its fingerprint to copy and its download. */
export function CaCertificateTable({ rows }: { rows: TrustCenterCertificate[] }) {
  const t = useAppTexts()
  const { copy, toast } = useCopy({ copied: t('copy.done'), failed: t('copy.failed') })
  const download = useDownload()
  // Dates are formatted by the accessors, so the columns are rebuilt when the language changes.
  const columns = useMemo(() => columnsIn(t, copy), [t, copy])
  return (
    <DownloadProvider value={download}>
      {download.error && (
        <MessageStrip
          design="Negative"
          role="alert"
          className="sap-trust-center__strip"
          onClose={download.dismissError}
        >
          {t('download.failed', download.error.message)}
        </MessageStrip>
      )}
      <AnalyticalTable
        accessibleName={t('list.table')}
        header={t('list.tableHeader', formatNumber(rows.length))}
        columns={columns}
        data={rows}
        rowHeight={72}
        minRows={1}
        visibleRows={Math.max(rows.length, 1)}
      />
      <DownloadMenu download={download} />
      {toast}
    </DownloadProvider>
  )
}

// A line may break after any byte's colon, never inside a byte; <wbr> adds no text, so the text a
// user selects (and the copy button's) is the fingerprint as it is.
function BreakAfterColons({ text }: { text: string }) {
  const parts = text.split(':')
  const last = parts.length - 1
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index < last ? `${part}:` : part}
      {index < last && <wbr />}
    </Fragment>
  ))
}
