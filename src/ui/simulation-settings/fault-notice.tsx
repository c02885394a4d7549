import { useQuery } from '@tanstack/react-query'
import { Link, MessageStrip } from '@ui5/webcomponents-react'
import { faultSettingsQuery } from '../../api/simulation'
import { useUiTexts } from '../i18n/ui-texts'
import { describeFaults } from './fault-labels'

/** While faults are injected, every screen says so: a slow or failing demo must never look like a bug. */
export function FaultNotice({ onOpenSettings }: { onOpenSettings: () => void }) {
  const t = useUiTexts()
  const { data } = useQuery(faultSettingsQuery())
  const description = data && describeFaults(data, t)
  if (!description) return null
  return (
    <MessageStrip design="Critical" hideCloseButton className="shell__fault-notice">
      {t('settings.notice', description)}{' '}
      <Link onClick={onOpenSettings}>{t('settings.title')}</Link>
    </MessageStrip>
  )
}
