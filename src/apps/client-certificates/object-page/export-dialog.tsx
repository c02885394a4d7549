import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  Bar,
  Button,
  Dialog,
  Link,
  MessageStrip,
  RadioButton,
  Text,
} from '@ui5/webcomponents-react'
import { useState } from 'react'
import { exportClientCertificate } from '../../../api/client-certificates'
import { queryKeys } from '../../../api/query-keys'
import type { ClientCertificate, ExportFormat } from '../../../api/contracts/client-certificates'
import { sapTrustCenterHref } from '../../../ui/links/app-links'
import { saveFile } from '../../../ui/save-file'
import { useAppTexts } from '../i18n/texts'

// SAP's labels for the formats (text keys), in the order the real dialog offers them (decision 004).
const formats: { format: ExportFormat; label: string }[] = [
  { format: 'pem', label: 'export.format.pem' },
  { format: 'crt', label: 'export.format.crt' },
  { format: 'der', label: 'export.format.der' },
  { format: 'p7b', label: 'export.format.p7b' },
]

interface ExportDialogProps {
  certificate: ClientCertificate
  open: boolean
  onClose: () => void
}

/** Export: choose the format the external system needs, then download the file the server names. */
export function ExportDialog({ certificate, open, onClose }: ExportDialogProps) {
  const t = useAppTexts()
  const [format, setFormat] = useState<ExportFormat>('pem')
  const queryClient = useQueryClient()
  const download = useMutation({
    mutationFn: (chosen: ExportFormat) => exportClientCertificate(certificate.id, chosen),
    onSuccess: ({ blob, fileName }, chosen) => {
      saveFile(blob, fileName ?? `client-certificate.${chosen === 'der' ? 'cer' : chosen}`)
      onClose()
    },
    // The backend remembers the export (the cockpit's first step), so what shows it must refetch.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.clientCertificates }),
  })

  return (
    <Dialog
      open={open}
      headerText={t('export.title')}
      className="client-certificates__dialog"
      // A stale error from an earlier attempt must not greet the next one.
      onBeforeOpen={() => download.reset()}
      onClose={onClose}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button
                design="Emphasized"
                loading={download.isPending}
                onClick={() => download.mutate(format)}
              >
                {t('export.action')}
              </Button>
              <Button design="Transparent" onClick={onClose}>
                {t('export.cancel')}
              </Button>
            </>
          }
        />
      }
    >
      <div className="client-certificates__export">
        <Text>{t('export.intro', certificate.description)}</Text>
        <div
          role="radiogroup"
          aria-label={t('export.format')}
          className="client-certificates__formats"
        >
          {formats.map((option) => (
            <RadioButton
              key={option.format}
              name="export-format"
              text={t(option.label)}
              value={option.format}
              checked={format === option.format}
              onChange={() => setFormat(option.format)}
            />
          ))}
        </div>
        {/* As SAP's renewal note says: no chain in the export, the root comes from SAP. */}
        <MessageStrip design="Information" hideCloseButton>
          {`${t('export.formatsInfo')} ${t('export.chainInfo')} `}
          <Link href={sapTrustCenterHref()}>{t('export.trustCenterLink')}</Link>
        </MessageStrip>
        {download.isError && (
          <MessageStrip design="Negative" hideCloseButton role="alert">
            {t('export.failed', download.error.message)}
          </MessageStrip>
        )}
      </div>
    </Dialog>
  )
}
