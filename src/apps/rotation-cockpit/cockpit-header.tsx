import { ObjectStatus, Text } from '@ui5/webcomponents-react'
import type { Clock } from '../../api/contracts/clock'
import type { ReadinessReport } from '../../api/contracts/rotation'
import { formatDate, relativeDays } from '../../ui/format'

/** Key facts: phase, issuance and rotation dates, and the countdown, as the clock resource states them. */
export function CockpitHeader({ clock, report }: { clock: Clock; report: ReadinessReport }) {
  const facts: { label: string; value: React.ReactNode }[] = [
    {
      label: 'Phase',
      value: (
        <ObjectStatus state={clock.phase === 'Overlap' ? 'Critical' : 'Positive'}>
          {clock.phase}
        </ObjectStatus>
      ),
    },
    { label: 'Today', value: formatDate(clock.today) },
    {
      label: clock.phase === 'Overlap' ? 'Issued' : 'Next issuance',
      value: formatDate(report.issuanceDate),
    },
    { label: 'Rotation', value: formatDate(report.rotationDate) },
    {
      label: 'Countdown',
      value: (
        <span data-testid="rotation-countdown">
          Rotation {relativeDays(clock.daysUntilRotation)}
        </span>
      ),
    },
  ]
  return (
    <dl className="cockpit__facts" aria-label="Key dates">
      {facts.map((fact) => (
        <div key={fact.label} className="cockpit__fact">
          <dt>
            <Text className="cockpit__fact-label">{fact.label}</Text>
          </dt>
          <dd>{typeof fact.value === 'string' ? <Text>{fact.value}</Text> : fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
