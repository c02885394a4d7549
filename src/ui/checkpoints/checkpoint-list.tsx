import '@ui5/webcomponents-fiori/dist/illustrations/NoData.js'
import { Button, IllustratedMessage, Text } from '@ui5/webcomponents-react'
import type { CheckpointSummary } from '../../api/contracts/checkpoints'
import { formatDate, formatLocale } from '../format'
import { useUiTexts } from '../i18n/ui-texts'

/** The saved checkpoints, newest first, each with Restore and Delete; an empty state without any. */
export function CheckpointList({
  items,
  busy,
  onRestore,
  onDelete,
}: {
  items: readonly CheckpointSummary[]
  busy: boolean
  onRestore: (checkpoint: CheckpointSummary) => void
  onDelete: (checkpoint: CheckpointSummary) => void
}) {
  const t = useUiTexts()
  if (items.length === 0) {
    return (
      <IllustratedMessage
        name="NoData"
        design="Dot"
        titleText={t('checkpoints.empty')}
        subtitleText={t('checkpoints.empty.hint')}
      />
    )
  }
  const savedAt = new Intl.DateTimeFormat(formatLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  return (
    <ul className="checkpoints__list" aria-label={t('checkpoints.list')}>
      {[...items].reverse().map((checkpoint) => (
        <li key={checkpoint.name} className="checkpoints__item">
          <div className="checkpoints__item-text">
            <Text className="checkpoints__item-name">{checkpoint.name}</Text>
            <Text>
              {t(
                checkpoint.automatic ? 'checkpoints.item.automatic' : 'checkpoints.item',
                formatDate(checkpoint.simulatedDate),
                savedAt.format(new Date(checkpoint.savedAt)),
              )}
            </Text>
          </div>
          <Button
            disabled={busy}
            accessibleName={t('checkpoints.restore.named', checkpoint.name)}
            onClick={() => onRestore(checkpoint)}
          >
            {t('checkpoints.restore')}
          </Button>
          <Button
            design="Transparent"
            disabled={busy}
            accessibleName={t('checkpoints.delete.named', checkpoint.name)}
            onClick={() => onDelete(checkpoint)}
          >
            {t('checkpoints.delete')}
          </Button>
        </li>
      ))}
    </ul>
  )
}
