import { useMutation } from '@tanstack/react-query'
import { Button, Menu, MenuItem } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/download.js'
import { createContext, useCallback, useContext, useState } from 'react'
import type {
  TrustCenterCertificate,
  TrustCenterExportFormat,
} from '../../api/contracts/sap-trust-center'
import { exportTrustCenterCertificate } from '../../api/sap-trust-center'
import { saveFile } from '../../ui/save-file'
import { useAppTexts } from './i18n/texts'

// The labels Maintain Client Certificates gives the same formats (text keys); no .p7b: a CA
// certificate is published on its own.
const formats: { format: TrustCenterExportFormat; label: string }[] = [
  { format: 'pem', label: 'download.format.pem' },
  { format: 'crt', label: 'download.format.crt' },
  { format: 'der', label: 'download.format.der' },
]

const isFormat = (value: string | undefined): value is TrustCenterExportFormat =>
  formats.some((option) => option.format === value)

interface Target {
  certificate: TrustCenterCertificate
  opener: HTMLElement
}

/** Which row's Download menu is open, and the download it starts: one menu serves every row. */
export function useDownload() {
  const [target, setTarget] = useState<Target | null>(null)
  const mutation = useMutation({
    mutationFn: ({ id, format }: { id: string; format: TrustCenterExportFormat }) =>
      exportTrustCenterCertificate(id, format),
    onSuccess: ({ blob, fileName }, { id, format }) =>
      saveFile(blob, fileName ?? `${id}.${format === 'der' ? 'cer' : format}`),
  })
  const { reset, mutate } = mutation
  const open = useCallback(
    (certificate: TrustCenterCertificate, opener: HTMLElement) => {
      // A stale error from an earlier attempt must not stand beside the next one.
      reset()
      setTarget({ certificate, opener })
    },
    [reset],
  )
  return {
    target,
    open,
    close: useCallback(() => setTarget(null), []),
    start: (id: string, format: TrustCenterExportFormat) => mutate({ id, format }),
    downloading: mutation.isPending ? mutation.variables.id : undefined,
    error: mutation.error,
    dismissError: reset,
  }
}

type Download = ReturnType<typeof useDownload>

// The table's cells read the download through context: columns that changed with it would remount
// every cell, and the button that had the focus would lose it.
const DownloadContext = createContext<Download | null>(null)
export const DownloadProvider = DownloadContext.Provider

/** A row's Download button: opens the format menu below itself; busy while its file is on the way. */
export function DownloadButton({ certificate }: { certificate: TrustCenterCertificate }) {
  const t = useAppTexts()
  const download = useContext(DownloadContext)
  return (
    <Button
      design="Transparent"
      icon="download"
      accessibleName={t('action.downloadLabel', certificate.description)}
      accessibilityAttributes={{ hasPopup: 'menu' }}
      loading={download?.downloading === certificate.id}
      onClick={(event) => {
        if (event.currentTarget) download?.open(certificate, event.currentTarget)
      }}
    >
      {t('action.download')}
    </Button>
  )
}

/** The formats of one certificate's download, opened from its row's Download button. */
export function DownloadMenu({ download }: { download: Download }) {
  const t = useAppTexts()
  const { target } = download
  return (
    <Menu
      open={target !== null}
      opener={target?.opener}
      headerText={target ? t('download.menuTitle', target.certificate.description) : undefined}
      onItemClick={(event) => {
        const format = event.detail.item.dataset.format
        if (target && isFormat(format)) download.start(target.certificate.id, format)
      }}
      onClose={download.close}
    >
      {formats.map((option) => (
        <MenuItem key={option.format} text={t(option.label)} data-format={option.format} />
      ))}
    </Menu>
  )
}
