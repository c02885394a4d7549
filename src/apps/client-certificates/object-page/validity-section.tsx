import { useQuery } from '@tanstack/react-query'
import { clockQuery } from '../../../api/clock'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import type { Clock } from '../../../api/contracts/clock'
import { formatDate } from '../../../ui/format'
import type { Texts } from '../../../ui/i18n/text-bundle'
import { useAppTexts } from '../i18n/texts'
import type { TimelineEvent } from './timeline-layout'
import { ValidityTimeline } from './validity-timeline'

/**
 * The certificate's validity against today and the rotation calendar, as a picture and as text.
 * Every date comes from the API (the certificate and the clock); the UI only places them.
 */
export function ValiditySection({ certificate }: { certificate: ClientCertificate }) {
  const t = useAppTexts()
  const clock = useQuery(clockQuery())
  const events = clock.data ? calendarEvents(t, certificate, clock.data) : []
  const facts: TimelineEvent[] = [
    { date: certificate.validFrom ?? '', label: t('field.validFrom') },
    { date: certificate.validTo ?? '', label: t('field.validTo') },
    ...events,
  ].sort((a, b) => a.date.localeCompare(b.date))

  return (
    <div className="client-certificates__validity">
      <ValidityTimeline
        validFrom={certificate.validFrom ?? ''}
        validTo={certificate.validTo ?? ''}
        usableUntil={certificate.removalDate}
        events={events}
        description={facts
          .map((fact) => t('validity.fact', fact.label, formatDate(fact.date)))
          .join('; ')}
      />
      <dl className="client-certificates__validity-facts">
        {facts.map((fact) => (
          <div key={`${fact.label}-${fact.date}`} className="client-certificates__fact">
            <dt>{fact.label}</dt>
            <dd>{formatDate(fact.date)}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}

function calendarEvents(t: Texts, certificate: ClientCertificate, clock: Clock): TimelineEvent[] {
  const { issuanceDate, rotationDate } = clock.overlap
  const upcoming = clock.phase === 'Stable'
  const events: TimelineEvent[] = [
    { date: clock.today, label: t('validity.today'), emphasis: true },
  ]
  // Its own issuance is the bar's start already, unless it differs from Valid From.
  if (certificate.issuedOn !== issuanceDate && certificate.issuedOn !== certificate.validFrom) {
    events.push({ date: certificate.issuedOn, label: t('validity.issued') })
  }
  events.push({
    date: issuanceDate,
    label:
      certificate.issuedOn === issuanceDate
        ? t('validity.issued')
        : upcoming
          ? t('validity.nextIssuance')
          : t('validity.newDefaultIssued'),
  })
  events.push({
    date: rotationDate,
    label:
      certificate.removalDate === rotationDate
        ? t('validity.removedAtRotation')
        : upcoming
          ? t('validity.nextRotation')
          : t('validity.rotation'),
  })
  return events
}
