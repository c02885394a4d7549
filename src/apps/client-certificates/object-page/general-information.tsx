import { Button, Form, FormGroup, FormItem, Label, Text } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/copy.js'
import type {
  ClientCertificate,
  DistinguishedName,
} from '../../../api/contracts/client-certificates'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { useCopy } from '../../../ui/use-copy'
import { useAppTexts } from '../i18n/texts'
import { subjectParts } from '../shared/subject-parts'
import { EditableItems, type EditState } from './editable-items'

interface Props {
  certificate: ClientCertificate
  /** Given in edit mode: Description and Certificate Category become fields. */
  edit?: EditState
}

/**
 * Issued To and Issued By part by part, and the values people compare with the external system. A
 * signing request alone has no certificate yet: only its requested subject and category show.
 */
export function GeneralInformation({ certificate, edit }: Props) {
  const t = useAppTexts()
  const { copy, toast } = useCopy({ copied: t('general.copied'), failed: t('general.copyFailed') })
  const issued = certificate.fingerprintSha256 !== undefined
  return (
    <>
      <Form layout="S1 M2 L3 XL3" labelSpan="S12 M12 L12 XL12">
        <FormGroup headerText={issued ? t('field.issuedTo') : t('request.subjectHeader')}>
          {nameItems(t, 'issued-to', certificate.subject)}
        </FormGroup>
        {certificate.issuer && (
          <FormGroup headerText={t('field.issuedBy')}>
            {nameItems(t, 'issued-by', certificate.issuer)}
          </FormGroup>
        )}
        <FormGroup headerText={t('general.certificate')}>
          <EditableItems certificate={certificate} edit={edit} />
          {issued && <CertificateItems certificate={certificate} onCopy={copy} />}
        </FormGroup>
      </Form>
      {toast}
    </>
  )
}

/** The fields of the certificate itself, absent while it is a signing request alone. */
function CertificateItems({
  certificate,
  onCopy,
}: {
  certificate: ClientCertificate
  onCopy: (text: string) => Promise<void>
}) {
  const t = useAppTexts()
  return (
    <>
      <CopyableItem
        label={t('general.serialNumber')}
        value={certificate.serialNumber ?? ''}
        testId="serial-number"
        onCopy={onCopy}
      />
      <FormItem labelContent={<Label showColon>{t('general.signatureAlgorithm')}</Label>}>
        <Text>{certificate.signatureAlgorithm}</Text>
      </FormItem>
      <FormItem labelContent={<Label showColon>{t('general.publicKeyAlgorithm')}</Label>}>
        <Text>{certificate.publicKeyAlgorithm}</Text>
      </FormItem>
      <CopyableItem
        label={t('general.sha1Fingerprint')}
        value={certificate.fingerprintSha1 ?? ''}
        testId="fingerprint-sha1"
        onCopy={onCopy}
      />
      <CopyableItem
        label={t('general.sha256Fingerprint')}
        value={certificate.fingerprintSha256 ?? ''}
        testId="fingerprint-sha256"
        onCopy={onCopy}
      />
    </>
  )
}

function nameItems(t: Texts, prefix: string, name: DistinguishedName) {
  return subjectParts
    .filter(({ key }) => name[key] !== undefined)
    .map(({ key, label }) => (
      <FormItem key={`${prefix}-${key}`} labelContent={<Label showColon>{t(label)}</Label>}>
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
  const t = useAppTexts()
  return (
    <FormItem labelContent={<Label showColon>{label}</Label>}>
      <span className="client-certificates__copyable">
        <Text className="client-certificates__code" data-testid={testId}>
          {value}
        </Text>
        <Button
          design="Transparent"
          icon="copy"
          accessibleName={t('general.copy', label)}
          tooltip={t('general.copy', label)}
          onClick={() => void onCopy(value)}
        />
      </span>
    </FormItem>
  )
}
