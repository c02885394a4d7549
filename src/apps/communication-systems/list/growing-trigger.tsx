import { Button, Text } from '@ui5/webcomponents-react'
import { formatNumber } from '../../../ui/format'
import { useAppTexts } from '../i18n/texts'

/**
 * The "More" button under a growing list, with how many of how many rows are shown, as in SAP's
 * responsive tables. Nothing when every row is shown. Never disabled while the next rows load: a
 * disabled button would drop the keyboard focus.
 */
export function GrowingTrigger({
  shown,
  total,
  onMore,
  nameKey = 'list.growing.moreName',
}: {
  shown: number
  total: number
  onMore: () => void
  /** The button's accessible name, saying what is shown ({0} of {1} …). */
  nameKey?: string
}) {
  const t = useAppTexts()
  if (shown >= total) return null
  const count = t('list.growing.count', formatNumber(shown), formatNumber(total))
  return (
    <div className="cs-growing">
      <Button
        design="Transparent"
        accessibleName={t(nameKey, formatNumber(shown), formatNumber(total))}
        onClick={onMore}
      >
        {t('list.growing.more')}
      </Button>
      <Text aria-hidden="true">{count}</Text>
    </div>
  )
}
