import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { faultSettingsQuery } from '../../api/simulation'
import { useUiTexts } from '../i18n/ui-texts'
import { describeFaults } from './fault-labels'

// Lazy: faults are injected on request only, so the strip's UI5 components wait until then.
const FaultNoticeStrip = lazy(() =>
  import('./fault-notice-strip').then((m) => ({ default: m.FaultNoticeStrip })),
)

/** While faults are injected, every screen says so: a slow or failing demo must never look like a bug. */
export function FaultNotice({ onOpenSettings }: { onOpenSettings: () => void }) {
  const t = useUiTexts()
  const { data } = useQuery(faultSettingsQuery())
  const description = data && describeFaults(data, t)
  if (!description) return null
  return (
    <Suspense>
      <FaultNoticeStrip description={description} onOpenSettings={onOpenSettings} />
    </Suspense>
  )
}
