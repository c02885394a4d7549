import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Bar, Button, Dialog, MessageStrip, RadioButton, Text } from '@ui5/webcomponents-react'
import { useState } from 'react'
import { exportClientCertificate } from '../../../api/client-certificates'
import { queryKeys } from '../../../api/query-keys'
import type { ClientCertificate, ExportFormat } from '../../../api/contracts/client-certificates'
import { saveFile } from './save-file'

// SAP's labels for the formats, in the order the real dialog offers them (decision 004).
const formats: { format: ExportFormat; label: string }[] = [
  { format: 'pem', label: 'X.509 Certificate (.pem)' },
  { format: 'crt', label: 'Base-64-encoded X.509 certificate (.crt)' },
  { format: 'der', label: 'DER-encoded X.509 certificate (.cer)' },
  { format: 'p7b', label: 'PKCS #7 certificate chain (.p7b)' },
]

interface ExportDialogProps {
  certificate: ClientCertificate
  open: boolean
  onClose: () => void
}

/** Export: choose the format the external system needs, then download the file the server names. */
export function ExportDialog({ certificate, open, onClose }: ExportDialogProps) {
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
      headerText="Export Certificate"
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
                Export
              </Button>
              <Button design="Transparent" onClick={onClose}>
                Cancel
              </Button>
            </>
          }
        />
      }
    >
      <div className="client-certificates__export">
        <Text>Export {certificate.description} in the format your external system needs.</Text>
        <div role="radiogroup" aria-label="Format" className="client-certificates__formats">
          {formats.map((option) => (
            <RadioButton
              key={option.format}
              name="export-format"
              text={option.label}
              value={option.format}
              checked={format === option.format}
              onChange={() => setFormat(option.format)}
            />
          ))}
        </div>
        <MessageStrip design="Information" hideCloseButton>
          The .pem, .crt and .cer files hold the certificate only; the .p7b file adds the issuing
          chain (the client CA and the root). The private key is never exported: it stays in the
          ABAP environment.
        </MessageStrip>
        {download.isError && (
          <MessageStrip design="Negative" hideCloseButton role="alert">
            The certificate could not be exported. {download.error.message}
          </MessageStrip>
        )}
      </div>
    </Dialog>
  )
}
