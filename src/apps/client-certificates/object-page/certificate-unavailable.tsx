import { Button, IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/PageNotFound.js'
import '@ui5/webcomponents-fiori/dist/illustrations/NoEntries.js'
import { useNavigate } from 'react-router'
import type { ApiError } from '../../../api/api-error'
import { formatDate } from '../../../ui/format'
import { clientCertificatesPath } from '../../../ui/links/app-links'
import { useAppTexts } from '../i18n/texts'

/**
 * An old link to a certificate that was rotated away (410) or never existed (404): a plain answer
 * and the way back to the list, instead of an error dump.
 */
export function CertificateUnavailable({ error }: { error: ApiError }) {
  const t = useAppTexts()
  const navigate = useNavigate()
  const removedOn = typeof error.extra.removedOn === 'string' ? error.extra.removedOn : undefined
  const removed = error.code === 'CertificateRemoved'
  const title = removed
    ? removedOn
      ? t('unavailable.removedOn', formatDate(removedOn))
      : t('unavailable.removed')
    : t('unavailable.notFound')
  const subtitle = removed ? t('unavailable.removedText') : t('unavailable.notFoundText')
  return (
    <div className="client-certificates__message">
      <IllustratedMessage
        name={removed ? 'NoEntries' : 'PageNotFound'}
        titleText={title}
        subtitleText={subtitle}
      >
        <Button design="Emphasized" onClick={() => navigate(clientCertificatesPath())}>
          {t('unavailable.toList')}
        </Button>
      </IllustratedMessage>
    </div>
  )
}
