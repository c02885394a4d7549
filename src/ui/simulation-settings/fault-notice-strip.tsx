import { Link, MessageStrip } from '@ui5/webcomponents-react'
import { useUiTexts } from '../i18n/ui-texts'

/** The fault notice itself (`fault-notice.tsx` loads it once faults are injected). */
export function FaultNoticeStrip({
  description,
  onOpenSettings,
}: {
  description: string
  onOpenSettings: () => void
}) {
  const t = useUiTexts()
  return (
    <MessageStrip design="Critical" hideCloseButton className="shell__fault-notice">
      {t('settings.notice', description)}{' '}
      <Link onClick={onOpenSettings}>{t('settings.title')}</Link>
    </MessageStrip>
  )
}
