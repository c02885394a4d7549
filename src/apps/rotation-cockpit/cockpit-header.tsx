import { ObjectStatus, Text } from '@ui5/webcomponents-react'
import type { Clock } from '../../api/contracts/clock'
import type { ReadinessReport } from '../../api/contracts/rotation'
import { formatDate, relativeDays } from '../../ui/format'
import { useAppTexts } from './i18n/texts'
import { useReadinessWords } from '../../ui/words/readiness-words'

/** Key facts: phase, issuance and rotation dates, and the countdown, as the clock resource states them. */
export function CockpitHeader({ clock, report }: { clock: Clock; report: ReadinessReport }) {
  const t = useAppTexts()
  const words = useReadinessWords()
  const facts: { label: string; value: React.ReactNode }[] = [
    {
      label: t('facts.phase'),
      value: (
        <ObjectStatus state={clock.phase === 'Overlap' ? 'Critical' : 'Positive'}>
          {words.phase(clock.phase)}
        </ObjectStatus>
      ),
    },
    { label: t('facts.today'), value: formatDate(clock.today) },
    {
      label: clock.phase === 'Overlap' ? t('facts.issued') : t('facts.nextIssuance'),
      value: formatDate(report.issuanceDate),
    },
    { label: t('facts.rotation'), value: formatDate(report.rotationDate) },
    {
      label: t('facts.countdown'),
      value: (
        <span data-testid="rotation-countdown">
          {t('facts.countdownValue', relativeDays(clock.daysUntilRotation))}
        </span>
      ),
    },
  ]
  return (
    <dl className="cockpit__facts" aria-label={t('facts.label')}>
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
