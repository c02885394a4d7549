import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { clockQuery } from '../../api/clock'

// Lazy: the dialog's DatePicker brings UI5's calendar and date formatting, which the launchpad
// would otherwise load on every start for a dialog that is opened now and then
// (docs/performance.md, "Web performance budget").
const TimeTravelDialog = lazy(() =>
  import('./time-travel-dialog').then((module) => ({ default: module.TimeTravelDialog })),
)

/** Mounts the Time travel dialog only while open, so each opening starts without old messages. */
export function TimeTravel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { data: clock } = useQuery(clockQuery())
  return open && clock ? (
    <Suspense>
      <TimeTravelDialog clock={clock} onClose={onClose} />
    </Suspense>
  ) : null
}
