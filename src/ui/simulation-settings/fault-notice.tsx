import { useQuery } from '@tanstack/react-query'
import { Link, MessageStrip } from '@ui5/webcomponents-react'
import { faultSettingsQuery } from '../../api/simulation'
import { describeFaults } from './fault-labels'

/** While faults are injected, every screen says so: a slow or failing demo must never look like a bug. */
export function FaultNotice({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { data } = useQuery(faultSettingsQuery())
  const description = data && describeFaults(data)
  if (!description) return null
  return (
    <MessageStrip design="Critical" hideCloseButton className="shell__fault-notice">
      Fault injection is on: {description}. <Link onClick={onOpenSettings}>Simulation Settings</Link>
    </MessageStrip>
  )
}
