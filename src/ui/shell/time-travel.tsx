import { useQuery } from '@tanstack/react-query'
import { clockQuery } from '../../api/clock'
import { TimeTravelDialog } from './time-travel-dialog'

/** Mounts the Time travel dialog only while open, so each opening starts without old messages. */
export function TimeTravel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { data: clock } = useQuery(clockQuery())
  return open && clock ? <TimeTravelDialog clock={clock} onClose={onClose} /> : null
}
