import { useQuery } from '@tanstack/react-query'
import { Button } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/history.js'
import { clockQuery } from '../../api/clock'
import { clockLabel } from './clock-text'

/**
 * The simulated date and phase in the ShellBar; it opens Time travel. `slot` is passed through
 * because the ShellBar's content slot is assigned on the element it is given.
 */
export function SimulationClockButton({ onOpen, slot }: { onOpen: () => void; slot?: string }) {
  const { data: clock } = useQuery(clockQuery())
  const label = clock ? clockLabel(clock) : 'Loading the simulated date…'
  return (
    <Button
      slot={slot}
      design="Transparent"
      icon="history"
      className="shell__clock"
      data-testid="simulation-clock"
      accessibleName={`Simulated date: ${label}. Open Time travel`}
      tooltip="Time travel"
      onClick={onOpen}
    >
      {label}
    </Button>
  )
}
