import { useAppTexts } from '../i18n/texts'
import { layoutTimeline, type TimelineEvent } from './timeline-layout'
import './validity-timeline.css'

interface ValidityTimelineProps {
  validFrom: string
  validTo: string
  usableUntil?: string
  events: TimelineEvent[]
  /** The picture in words, for screen readers (the dates are also listed as text below it). */
  description: string
}

/**
 * A small picture of the validity period: the bar from Valid From to Valid to (faded after an early
 * removal), a marker for today and for the calendar's issuance and rotation dates.
 */
export function ValidityTimeline({
  validFrom,
  validTo,
  usableUntil,
  events,
  description,
}: ValidityTimelineProps) {
  const t = useAppTexts()
  const layout = layoutTimeline(validFrom, validTo, events, usableUntil)
  const solidEnd = layout.usableUntil ?? layout.bar.end
  const rows = Math.max(1, ...layout.events.map((event) => event.row + 1))
  return (
    <div
      className="validity-timeline"
      role="img"
      aria-label={t('validity.picture', description)}
      style={{ paddingTop: `${rows * 1.5 + 1.25}rem` }}
    >
      <div className="validity-timeline__track">
        <div
          className="validity-timeline__bar"
          style={{ left: `${layout.bar.start}%`, width: `${solidEnd - layout.bar.start}%` }}
        />
        {layout.usableUntil !== undefined && (
          <div
            className="validity-timeline__bar validity-timeline__bar--removed"
            style={{
              left: `${layout.usableUntil}%`,
              width: `${layout.bar.end - layout.usableUntil}%`,
            }}
          />
        )}
        {layout.events.map((event) => (
          <div
            key={event.date}
            className={`validity-timeline__marker${event.emphasis ? ' validity-timeline__marker--today' : ''}`}
            style={{
              left: `${event.position}%`,
              height: `calc(${(event.row + 1) * 1.5}rem + 1.25rem)`,
            }}
          >
            <span
              className={`validity-timeline__label${event.position > 70 ? ' validity-timeline__label--end' : ''}`}
            >
              {event.label}
            </span>
          </div>
        ))}
      </div>
      <div className="validity-timeline__ends">
        <span style={{ left: `${layout.bar.start}%` }}>{t('field.validFrom')}</span>
        <span style={{ left: `${layout.bar.end}%` }} className="validity-timeline__end">
          {t('field.validTo')}
        </span>
      </div>
    </div>
  )
}
