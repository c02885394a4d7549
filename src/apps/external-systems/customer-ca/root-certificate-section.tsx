import { useMutation, useQuery } from '@tanstack/react-query'
import { BusyIndicator, Button, MessageStrip, Text, Title } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/download.js'
import { customerRootQuery, downloadCustomerRoot } from '../../../api/customer-ca'
import { saveFile } from '../../../ui/save-file'
import { useAppTexts } from '../i18n/texts'
import { CertificateFields } from './certificate-fields'

/** The root an external system trusts to accept every certificate the customer CA signs. */
export function RootCertificateSection() {
  const t = useAppTexts()
  const root = useQuery(customerRootQuery())
  const download = useMutation({
    mutationFn: downloadCustomerRoot,
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName ?? 'customer-root-ca-simulated.pem'),
  })
  return (
    <section className="customer-ca__section" aria-labelledby="customer-ca-root">
      <Title id="customer-ca-root" level="H2" size="H4">
        {t('customerCa.root.title')}
      </Title>
      <Text className="customer-ca__help">{t('customerCa.root.help')}</Text>
      {root.isError && (
        <MessageStrip design="Negative" hideCloseButton>
          {t('customerCa.root.loadError', root.error.message)}
        </MessageStrip>
      )}
      {root.isPending ? (
        <BusyIndicator active delay={400} aria-label={t('customerCa.root.loading')} />
      ) : (
        root.data && <CertificateFields certificate={root.data} testId="customer-root" />
      )}
      <div className="customer-ca__actions">
        <Button
          icon="download"
          loading={download.isPending}
          disabled={!root.data}
          onClick={() => download.mutate()}
        >
          {t('customerCa.root.download')}
        </Button>
      </div>
      {download.isError && (
        <MessageStrip design="Negative" hideCloseButton>
          {download.error.message}
        </MessageStrip>
      )}
    </section>
  )
}
