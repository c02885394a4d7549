import { useQuery } from '@tanstack/react-query'
import { Button } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/history.js'
import { clockQuery } from '../../api/clock'
import { useUiTexts } from '../i18n/ui-texts'
import { clockLabel } from './clock-text'

/**
 * The simulated date and phase in the ShellBar; it opens Time travel. `onIntent` tells that the
 * pointer or the focus reached it (Time travel's code can be fetched before the click). `slot` is
 * passed through because the ShellBar's content slot is assigned on the element it is given.
 */
export function SimulationClockButton({
  onOpen,
  onIntent,
  slot,
}: {
  onOpen: () => void
  onIntent?: () => void
  slot?: string
}) {
  const { data: clock } = useQuery(clockQuery())
  const t = useUiTexts()
  const label = clock ? clockLabel(clock, t) : t('clock.loading')
  return (
    <Button
      slot={slot}
      design="Transparent"
      icon="history"
      className="shell__clock"
      data-testid="simulation-clock"
      accessibleName={t('clock.accessibleName', label)}
      tooltip={t('clock.tooltip')}
      onClick={onOpen}
      onPointerEnter={onIntent}
      onFocus={onIntent}
    >
      {label}
    </Button>
  )
}
