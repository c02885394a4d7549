import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { clockQuery } from '../../api/clock'

// Lazy: the dialog's DatePicker, StepInput and Select bring UI5's calendar, date and number
// formatting, which the launchpad would otherwise load before its first paint (docs/performance.md,
// "Web performance budget"). The clock button prefetches it when the pointer or focus comes near.
const loadDialog = () => import('./time-travel-dialog')
const TimeTravelDialog = lazy(() =>
  loadDialog().then((module) => ({ default: module.TimeTravelDialog })),
)

/** Starts loading the Time travel dialog's code, so that opening it does not wait for it. */
export function prefetchTimeTravel(): void {
  // A failed prefetch is retried by the opening itself, which shows the error boundary if it fails again.
  loadDialog().catch(() => undefined)
}

/** Mounts the Time travel dialog only while open, so each opening starts without old messages. */
export function TimeTravel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { data: clock } = useQuery(clockQuery())
  if (!open || !clock) return null
  return (
    <Suspense>
      <TimeTravelDialog clock={clock} onClose={onClose} />
    </Suspense>
  )
}
