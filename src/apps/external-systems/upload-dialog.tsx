import { useMutation, useQueryClient } from '@tanstack/react-query'
import {
  Bar,
  Button,
  Dialog,
  FileUploader,
  Label,
  MessageStrip,
  Text,
  TextArea,
  type ButtonDomRef,
} from '@ui5/webcomponents-react'
import { useEffect, useRef, useState } from 'react'
import type { ExternalSystem } from '../../api/contracts/external-systems'
import { ApiError } from '../../api/api-error'
import { queryKeys } from '../../api/query-keys'
import { uploadTrustedCertificate } from '../../api/external-systems'
import { returnFocusTo, useFocusReturnOnUnmount } from '../../ui/focus-return'
import type { Texts } from '../../ui/i18n/text-bundle'
import { uploadHelp } from './capacity-text'
import { useAppTexts } from './i18n/texts'
import { TrustCenterLink } from './trust-center-link'
import { uploadOutcome } from './upload-outcome'

/**
 * Upload a certificate from a file or pasted text. What to upload follows the trust mode (the
 * client certificate, or the SAP Cloud Root CA). The backend reads the bytes and says precisely
 * what is wrong (garbage, a private key, empty, too large, only CAs where the system pins); a
 * refused upload changes nothing.
 */
export function UploadDialog({ system, onClose }: { system: ExternalSystem; onClose: () => void }) {
  const t = useAppTexts()
  const queryClient = useQueryClient()
  const [file, setFile] = useState<File | null>(null)
  const [text, setText] = useState('')
  useFocusReturnOnUnmount()
  // Upload goes away with its success: the focus moves on to the button that is left.
  const closeButton = useRef<ButtonDomRef>(null)
  const upload = useMutation({
    mutationFn: (content: Blob) => uploadTrustedCertificate(system.host, content),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.all }),
  })
  useEffect(() => {
    if (upload.isSuccess) returnFocusTo(closeButton.current)
  }, [upload.isSuccess])
  const content = file ?? (text.trim() !== '' ? new Blob([text], { type: 'text/plain' }) : null)
  const replaces = system.capacity === 'single' && system.trustStore.length > 0
  const error = upload.isError ? refusal(t, system, upload.error) : undefined
  return (
    <Dialog
      open
      headerText={t('upload.title')}
      onClose={onClose}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              {!upload.isSuccess && (
                <Button
                  design="Emphasized"
                  disabled={!content || upload.isPending}
                  onClick={() => content && upload.mutate(content)}
                >
                  {t('upload.upload')}
                </Button>
              )}
              <Button ref={closeButton} onClick={onClose}>
                {upload.isSuccess ? t('upload.close') : t('upload.cancel')}
              </Button>
            </>
          }
        />
      }
    >
      <div className="external-system__upload">
        {!upload.isSuccess && (
          <Text data-testid="upload-help">
            {`${t(uploadHelp[system.trustMode], system.host)} `}
            {system.trustMode === 'TrustedIssuer' && <TrustCenterLink newTab />}
          </Text>
        )}
        {replaces && !upload.isSuccess && (
          <MessageStrip design="Critical" hideCloseButton data-testid="replace-warning">
            {t(
              'upload.replaceWarning',
              system.host,
              system.trustStore
                .map((trusted) => trusted.matches?.description ?? trusted.subject)
                .join(', '),
              String(system.rejectionCode),
            )}
          </MessageStrip>
        )}
        <Label for="upload-file">{t('upload.fileLabel')}</Label>
        <FileUploader
          id="upload-file"
          accessibleName={t('upload.file')}
          accept=".pem,.crt,.cer,.der,.p7b,.p7c,.txt"
          placeholder={t('upload.filePlaceholder')}
          valueState={error && file ? 'Negative' : 'None'}
          onChange={(event) => {
            setFile(event.detail.files?.[0] ?? null)
            upload.reset()
          }}
        />
        <Label for="upload-text">{t('upload.textLabel')}</Label>
        <TextArea
          id="upload-text"
          accessibleName={t('upload.text')}
          rows={8}
          disabled={file !== null}
          placeholder="-----BEGIN CERTIFICATE-----"
          value={text}
          valueState={error && !file ? 'Negative' : 'None'}
          valueStateMessage={error && !file ? <div>{error}</div> : undefined}
          onInput={(event) => {
            setText(event.target.value)
            upload.reset()
          }}
        />
        {error && (
          <MessageStrip design="Negative" hideCloseButton data-testid="upload-error">
            {error}
          </MessageStrip>
        )}
        {upload.isSuccess && (
          <MessageStrip design="Positive" hideCloseButton data-testid="upload-result">
            {uploadOutcome(t, upload.data)}
          </MessageStrip>
        )}
      </div>
    </Dialog>
  )
}

/**
 * Why the upload was refused. A CA file at a pinning system is the lesson of the trust modes, so
 * it is said in the user's language; other refusals are the API's precise sentence.
 */
function refusal(t: Texts, system: ExternalSystem, error: Error): string {
  const onlyCa = error instanceof ApiError && error.extra.reason === 'only-ca-certificates'
  return onlyCa ? t('upload.onlyCaCertificates', system.host) : error.message
}
