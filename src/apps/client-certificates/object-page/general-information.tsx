import { Button, Form, FormGroup, FormItem, Label, Text } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/copy.js'
import type { ClientCertificate, DistinguishedName } from '../../../api/contracts/client-certificates'
import { useCopy } from './use-copy'

// SAP's field names for the parts of a distinguished name, in the order its screens list them.
const nameParts: { key: keyof DistinguishedName; label: string }[] = [
  { key: 'CN', label: 'Common Name (CN)' },
  { key: 'OU', label: 'Organizational Unit (OU)' },
  { key: 'O', label: 'Organization (O)' },
  { key: 'C', label: 'Country (C)' },
  { key: 'L', label: 'Locality (L)' },
  { key: 'ST', label: 'State/Province (ST)' },
]

/** Issued To and Issued By part by part, and the values people compare with the external system. */
export function GeneralInformation({ certificate }: { certificate: ClientCertificate }) {
  const { copy, toast } = useCopy()
  return (
    <>
      <Form layout="S1 M2 L3 XL3" labelSpan="S12 M12 L12 XL12">
        <FormGroup headerText="Issued To">{nameItems('issued-to', certificate.subject)}</FormGroup>
        <FormGroup headerText="Issued By">{nameItems('issued-by', certificate.issuer)}</FormGroup>
        <FormGroup headerText="Certificate">
          <FormItem labelContent={<Label showColon>Certificate Category</Label>}>
            <Text>{certificate.category}</Text>
          </FormItem>
          <CopyableItem label="Serial Number" value={certificate.serialNumber} testId="serial-number" onCopy={copy} />
          <FormItem labelContent={<Label showColon>Signature Algorithm</Label>}>
            <Text>{certificate.signatureAlgorithm}</Text>
          </FormItem>
          <FormItem labelContent={<Label showColon>Public Key Algorithm</Label>}>
            <Text>{certificate.publicKeyAlgorithm}</Text>
          </FormItem>
          <CopyableItem label="SHA-1 Fingerprint" value={certificate.fingerprintSha1} testId="fingerprint-sha1" onCopy={copy} />
          <CopyableItem label="SHA-256 Fingerprint" value={certificate.fingerprintSha256} testId="fingerprint-sha256" onCopy={copy} />
        </FormGroup>
      </Form>
      {toast}
    </>
  )
}

function nameItems(prefix: string, name: DistinguishedName) {
  return nameParts
    .filter(({ key }) => name[key] !== undefined)
    .map(({ key, label }) => (
      <FormItem key={`${prefix}-${key}`} labelContent={<Label showColon>{label}</Label>}>
        <Text>{name[key]}</Text>
      </FormItem>
    ))
}

interface CopyableItemProps {
  label: string
  value: string
  testId: string
  onCopy: (text: string) => Promise<void>
}

// Fingerprints and serials are compared character by character with the external system's trust
// store, so they wrap anywhere, use a monospace font and are one click away from the clipboard.
function CopyableItem({ label, value, testId, onCopy }: CopyableItemProps) {
  return (
    <FormItem labelContent={<Label showColon>{label}</Label>}>
      <span className="client-certificates__copyable">
        <Text className="client-certificates__code" data-testid={testId}>
          {value}
        </Text>
        <Button
          design="Transparent"
          icon="copy"
          accessibleName={`Copy ${label}`}
          tooltip={`Copy ${label}`}
          onClick={() => void onCopy(value)}
        />
      </span>
    </FormItem>
  )
}
