import { useQuery } from '@tanstack/react-query'
import { getAllRegisteredTags } from '@ui5/webcomponents-base/dist/CustomElementsRegistry.js'
import type UI5Element from '@ui5/webcomponents-base/dist/UI5Element.js'
import { lazy, Suspense, useEffect } from 'react'
import { clockQuery } from '../../api/clock'

// Lazy: the dialog's DatePicker brings UI5's calendar and date formatting, which the launchpad
// would otherwise load before its first paint (docs/performance.md, "Web performance budget").
// UI5 defines a component at once but loads its texts and CLDR data asynchronously, and renders
// only after that. The dialog renders once its newly loaded components are ready, so that a fast
// user (or test) does not type into a field that has not finished starting and loses the input.
const loadDialog = () =>
  import('./time-travel-dialog').then(async (module) => {
    await Promise.all(
      getAllRegisteredTags().map((tag) => (document.createElement(tag) as UI5Element).definePromise),
    )
    return module
  })
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
