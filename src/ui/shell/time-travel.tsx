import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect } from 'react'
import { clockQuery } from '../../api/clock'

// Lazy: the dialog's DatePicker brings UI5's calendar and date formatting, which the launchpad
// would otherwise load before its first paint (docs/performance.md, "Web performance budget").
const loadDialog = () => import('./time-travel-dialog')
const TimeTravelDialog = lazy(() =>
  loadDialog().then((module) => ({ default: module.TimeTravelDialog })),
)
const prefetchDelayMs = 1000

/** Mounts the Time travel dialog only while open, so each opening starts without old messages. */
export function TimeTravel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { data: clock } = useQuery(clockQuery())
  // Fetched a second after the first screen, so that the first opening does not wait for it.
  useEffect(() => {
    const timer = setTimeout(() => void loadDialog(), prefetchDelayMs)
    return () => clearTimeout(timer)
  }, [])
  return open && clock ? (
    <Suspense>
      <TimeTravelDialog clock={clock} onClose={onClose} />
    </Suspense>
  ) : null
}
