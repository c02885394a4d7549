import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Button, FileUploader, Label, MessageStrip, Text, Title } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/download.js'
import { useState } from 'react'
import { signRequestWithCustomerCa } from '../../../api/customer-ca'
import { queryKeys } from '../../../api/query-keys'
import { formatDate } from '../../../ui/format'
import { saveFile } from '../../../ui/save-file'
import { useAppTexts } from '../i18n/texts'
import { CertificateFields } from './certificate-fields'

/**
 * Sign a Request: a CSR file in, the signed certificate (and the root after it) out. The backend
 * reads the request and says precisely what is wrong; the screen shows its words.
 */
export function SignRequestSection() {
  const t = useAppTexts()
  const queryClient = useQueryClient()
  const [file, setFile] = useState<File | null>(null)
  const sign = useMutation({
    mutationFn: signRequestWithCustomerCa,
    // The first signing may have made the CA: the root shown above is read again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.customerCa }),
  })
  const signed = sign.data
  return (
    <section className="customer-ca__section" aria-labelledby="customer-ca-sign">
      <Title id="customer-ca-sign" level="H2" size="H4">
        {t('customerCa.sign.title')}
      </Title>
      <Text className="customer-ca__help">{t('customerCa.sign.help')}</Text>
      <div className="customer-ca__file">
        <Label for="customer-ca-request">{t('customerCa.sign.fileLabel')}</Label>
        <FileUploader
          id="customer-ca-request"
          accessibleName={t('customerCa.sign.file')}
          accept=".pem,.csr,.der,.p10,.req"
          placeholder={t('customerCa.sign.filePlaceholder')}
          valueState={sign.isError ? 'Negative' : 'None'}
          onChange={(event) => {
            setFile(event.detail.files?.[0] ?? null)
            sign.reset()
          }}
        />
        <Button
          design="Emphasized"
          disabled={!file || sign.isPending}
          loading={sign.isPending}
          onClick={() => file && sign.mutate(file)}
        >
          {t('customerCa.sign.sign')}
        </Button>
      </div>
      {sign.isError && (
        <MessageStrip design="Negative" hideCloseButton data-testid="sign-error">
          {sign.error.message}
        </MessageStrip>
      )}
      {signed && (
        <>
          <MessageStrip design="Positive" hideCloseButton data-testid="sign-result">
            {t(
              'customerCa.sign.signed',
              signed.certificate.subject,
              formatDate(signed.certificate.validTo),
            )}
          </MessageStrip>
          <CertificateFields certificate={signed.certificate} testId="signed-certificate" />
          <div className="customer-ca__actions">
            <Button
              icon="download"
              onClick={() =>
                saveFile(
                  new Blob([signed.pem], { type: 'application/x-pem-file' }),
                  signed.fileName,
                )
              }
            >
              {t('customerCa.sign.download')}
            </Button>
          </div>
        </>
      )}
    </section>
  )
}
