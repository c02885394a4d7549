import { Form, FormItem, Label, Text } from '@ui5/webcomponents-react'
import type { CustomerCaCertificate } from '../../../api/contracts/customer-ca'
import { formatDate } from '../../../ui/format'
import { useAppTexts } from '../i18n/texts'

/** A certificate of the customer CA as the API describes it: names, days, serial, fingerprint. */
export function CertificateFields({
  certificate,
  testId,
}: {
  certificate: CustomerCaCertificate
  testId: string
}) {
  const t = useAppTexts()
  const fields: [string, string][] = [
    [t('customerCa.subject'), certificate.subject],
    [t('customerCa.issuer'), certificate.issuer],
    [t('customerCa.validFrom'), formatDate(certificate.validFrom)],
    [t('customerCa.validTo'), formatDate(certificate.validTo)],
    [t('customerCa.serialNumber'), certificate.serialNumber],
    [t('customerCa.fingerprint'), certificate.fingerprintSha256],
  ]
  return (
    <Form data-testid={testId} layout="S1 M1 L2 XL2" labelSpan="S12 M4 L4 XL4">
      {fields.map(([label, value]) => (
        <FormItem key={label} labelContent={<Label showColon>{label}</Label>}>
          <Text className="customer-ca__value">{value}</Text>
        </FormItem>
      ))}
    </Form>
  )
}
