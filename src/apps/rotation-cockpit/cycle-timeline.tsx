import { useQuery } from '@tanstack/react-query'
import type { Clock } from '../../api/contracts/clock'
import { defaultCertificatesQuery } from './api/default-certificates'
import { useAppTexts } from './i18n/texts'
import { dateScale, dayNumber, shiftDays } from './timeline-geometry'
import { useUiTexts } from '../../ui/i18n/ui-texts'
import { barLabel, markerLabels, timelineDescription } from './timeline-labels'
import './cycle-timeline.css'

const width = 960
const left = 190
const right = width - 30

/** The cycle as a picture: issuance, today, rotation, and how long each default certificate is valid. */
export function CycleTimeline({ clock }: { clock: Clock }) {
  const t = useAppTexts()
  const ui = useUiTexts()
  const { data: certificates = [] } = useQuery(defaultCertificatesQuery())
  const { issuanceDate, rotationDate } = clock.overlap
  const from =
    dayNumber(clock.today) < dayNumber(issuanceDate)
      ? shiftDays(clock.today, -7)
      : shiftDays(issuanceDate, -21)
  const to = shiftDays(rotationDate, 45)
  const x = dateScale(from, to, left, right)
  const bars = [...certificates].sort((a, b) => a.validFrom.localeCompare(b.validFrom))
  const height = 90 + bars.length * 34
  const labels = markerLabels(t, clock)
  const markers = [
    // Issuance reads leftwards and rotation rightwards of their lines, so a month apart they never collide.
    {
      date: issuanceDate,
      label: labels.issuance,
      className: 'issuance',
      anchor: 'end' as const,
      dx: -4,
    },
    {
      date: rotationDate,
      label: labels.rotation,
      className: 'rotation',
      anchor: 'start' as const,
      dx: 4,
    },
    {
      date: clock.today,
      label: labels.today,
      className: 'today',
      anchor: 'middle' as const,
      dx: 0,
    },
  ]
  const description = timelineDescription(t, ui, clock, bars)
  return (
    <figure className="cycle-timeline">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="cycle-title cycle-desc"
        data-testid="cycle-timeline"
      >
        <title id="cycle-title">{t('timeline.title')}</title>
        <desc id="cycle-desc">{description}</desc>
        <rect
          className="cycle-timeline__overlap"
          x={x(issuanceDate)}
          y={20}
          width={x(rotationDate) - x(issuanceDate)}
          height={height - 40}
        />
        <text className="cycle-timeline__caption" x={x(issuanceDate) + 4} y={height - 26}>
          {t('timeline.overlap')}
        </text>
        {bars.map((certificate, index) => (
          <g key={certificate.id} transform={`translate(0 ${60 + index * 34})`}>
            <text className="cycle-timeline__label" x={left - 10} y={15} textAnchor="end">
              {certificate.description}
            </text>
            <rect
              className={`cycle-timeline__bar cycle-timeline__bar--${certificate.status === 'Expiring' ? 'expiring' : 'current'}`}
              x={x(certificate.validFrom)}
              y={2}
              width={Math.max(
                2,
                x(certificate.removalDate ?? certificate.validTo) - x(certificate.validFrom),
              )}
              height={18}
              rx={4}
            />
            {certificate.removalDate && (
              // Valid beyond its removal: SAP rotates it "regardless of its remaining validity".
              <rect
                className="cycle-timeline__bar--unused"
                x={x(certificate.removalDate)}
                y={2}
                width={Math.max(0, x(certificate.validTo) - x(certificate.removalDate))}
                height={18}
                rx={4}
              />
            )}
            <text className="cycle-timeline__bar-text" x={x(certificate.validFrom) + 6} y={15}>
              {barLabel(t, certificate)}
            </text>
          </g>
        ))}
        {markers.map((marker, index) => (
          <g
            key={marker.className}
            className={`cycle-timeline__marker cycle-timeline__marker--${marker.className}`}
          >
            <line
              x1={x(marker.date)}
              x2={x(marker.date)}
              y1={index === 2 ? 30 : 14}
              y2={height - 20}
            />
            <text
              x={x(marker.date) + marker.dx}
              y={index === 2 ? 26 : 10}
              textAnchor={marker.anchor}
            >
              {marker.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="cycle-timeline__legend">{description}</figcaption>
    </figure>
  )
}
