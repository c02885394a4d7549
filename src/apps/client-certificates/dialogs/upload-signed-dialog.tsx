import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Dialog, MessageStrip, Text } from '@ui5/webcomponents-react'
import { useState } from 'react'
import { clientCertificateMutations } from '../../../api/client-certificates'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import { useAppTexts } from '../i18n/texts'
import { DialogFooter } from '../../../ui/editing/dialog-footer'
import { FileField } from './file-field'

interface Props {
  certificate: ClientCertificate
  open: boolean
  onClose: () => void
  onUploaded: () => void
}

/**
 * Upload Signed Certificate: the file goes to the API as it is (PEM, DER, .p7b). A refusal — another
 * key than the request's, expired, a CA certificate, a private key — is the API's precise sentence,
 * said in the dialog, which stays open for another file.
 */
export function UploadSignedDialog({ certificate, open, onClose, onUploaded }: Props) {
  const t = useAppTexts()
  const [file, setFile] = useState<File | null>(null)
  const upload = useMutation(clientCertificateMutations.uploadSigned(useQueryClient()))

  function close() {
    setFile(null)
    upload.reset()
    onClose()
  }

  function submit() {
    if (!file) return
    upload.mutate(
      { id: certificate.id, file },
      {
        onSuccess: () => {
          close()
          onUploaded()
        },
      },
    )
  }

  const refusal = upload.isError ? upload.error.message : undefined
  return (
    <Dialog
      open={open}
      headerText={t('upload.title')}
      className="client-certificates__dialog"
      onClose={close}
      footer={
        <DialogFooter
          action={t('action.upload')}
          busy={upload.isPending}
          disabled={!file}
          onConfirm={submit}
          dismiss={t('action.cancel')}
          onDismiss={close}
        />
      }
    >
      {open && (
        <div className="client-certificates__dialog-form">
          <Text>
            {t('upload.intro', certificate.pendingRequest?.subject ?? certificate.issuedTo)}
          </Text>
          {refusal && (
            <MessageStrip design="Negative" hideCloseButton role="alert">
              {t('upload.failed', refusal)}
            </MessageStrip>
          )}
          <FileField
            id="upload-signed-file"
            label={t('upload.file')}
            placeholder={t('upload.filePlaceholder')}
            accept=".pem,.crt,.cer,.der,.p7b,.p7c"
            error={refusal}
            onChoose={(chosen) => {
              setFile(chosen)
              upload.reset()
            }}
          />
        </div>
      )}
    </Dialog>
  )
}
