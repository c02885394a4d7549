import { useQuery } from '@tanstack/react-query'
import { clockQuery } from '../../../api/clock'
import type { ClientCertificate } from '../../../api/contracts/client-certificates'
import type { Clock } from '../../../api/contracts/clock'
import { formatDate } from '../../../ui/format'
import type { TimelineEvent } from './timeline-layout'
import { ValidityTimeline } from './validity-timeline'

/**
 * The certificate's validity against today and the rotation calendar, as a picture and as text.
 * Every date comes from the API (the certificate and the clock); the UI only places them.
 */
export function ValiditySection({ certificate }: { certificate: ClientCertificate }) {
  const clock = useQuery(clockQuery())
  const events = clock.data ? calendarEvents(certificate, clock.data) : []
  const facts: TimelineEvent[] = [
    { date: certificate.validFrom, label: 'Valid From' },
    { date: certificate.validTo, label: 'Valid to' },
    ...events,
  ].sort((a, b) => a.date.localeCompare(b.date))

  return (
    <div className="client-certificates__validity">
      <ValidityTimeline
        validFrom={certificate.validFrom}
        validTo={certificate.validTo}
        usableUntil={certificate.removalDate}
        events={events}
        description={facts.map((fact) => `${fact.label}: ${formatDate(fact.date)}`).join('; ')}
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

function calendarEvents(certificate: ClientCertificate, clock: Clock): TimelineEvent[] {
  const { issuanceDate, rotationDate } = clock.overlap
  const upcoming = clock.phase === 'Stable'
  const events: TimelineEvent[] = [{ date: clock.today, label: 'Today', emphasis: true }]
  // Its own issuance is the bar's start already, unless it differs from Valid From.
  if (certificate.issuedOn !== issuanceDate && certificate.issuedOn !== certificate.validFrom) {
    events.push({ date: certificate.issuedOn, label: 'Issued' })
  }
  events.push({
    date: issuanceDate,
    label: certificate.issuedOn === issuanceDate ? 'Issued' : upcoming ? 'Next Issuance' : 'New Client Default Issued',
  })
  events.push({
    date: rotationDate,
    label: certificate.removalDate === rotationDate ? 'Removed at Rotation' : upcoming ? 'Next Rotation' : 'Rotation',
  })
  return events
}
