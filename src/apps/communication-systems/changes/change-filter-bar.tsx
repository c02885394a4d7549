import {
  Button,
  DateRangePicker,
  Input,
  Label,
  MultiComboBox,
  MultiComboBoxItem,
  Option,
  Select,
} from '@ui5/webcomponents-react'
import { useState } from 'react'
import { actor, changeCategory } from '../../../api/contracts/common'
import { useAppTexts } from '../i18n/texts'
import { actorText, changeCategoryText } from './change-texts'
import type { ChangeFilterState } from './use-change-filter'

const isoDay = /\d{4}-\d{2}-\d{2}/g

/** The range picker's value in its value format ('yyyy-MM-dd - yyyy-MM-dd'), one day, or nothing. */
function rangeValue(from: string, to: string): string {
  if (from && to) return from === to ? from : `${from} - ${to}`
  return from || to
}

/**
 * Display Changes' filter bar, as SAP's: Changed At (range), Changed By, System ID, change
 * category. Each applies at once (the System ID on Enter or on leaving the field, as it must
 * match whole); the URL keeps them.
 */
export function ChangeFilterBar({
  filter,
  systemFixed,
}: {
  filter: ChangeFilterState
  systemFixed: boolean
}) {
  const t = useAppTexts()
  const [systemDraft, setSystemDraft] = useState(filter.systemId)
  const [shownSystem, setShownSystem] = useState(filter.systemId)
  // The URL changed under the field (Clear Filters, Back): show its value.
  if (shownSystem !== filter.systemId) {
    setShownSystem(filter.systemId)
    setSystemDraft(filter.systemId)
  }

  return (
    <div className="cs-changes-filters" role="search" aria-label={t('changes.filter.label')}>
      <div className="cs-changes-filters__item cs-changes-filters__item--wide">
        <Label for="cs-changes-changed-at">{t('changes.filter.changedAt')}</Label>
        <DateRangePicker
          id="cs-changes-changed-at"
          accessibleName={t('changes.filter.changedAt')}
          valueFormat="yyyy-MM-dd"
          displayFormat="medium"
          placeholder={t('changes.filter.changedAtPlaceholder')}
          value={rangeValue(filter.from, filter.to)}
          onChange={(event) => {
            if (!event.detail.valid) return
            const [from = '', to = from] = event.detail.value.match(isoDay) ?? []
            filter.update({ from, to })
          }}
        />
      </div>
      <div className="cs-changes-filters__item">
        <Label for="cs-changes-changed-by">{t('changes.filter.changedBy')}</Label>
        <Select
          id="cs-changes-changed-by"
          accessibleName={t('changes.filter.changedBy')}
          value={filter.actor}
          onChange={(event) => filter.update({ actor: event.detail.selectedOption.value ?? '' })}
        >
          <Option value="">{t('filter.all')}</Option>
          {actor.options.map((value) => (
            <Option key={value} value={value}>
              {actorText(t, value)}
            </Option>
          ))}
        </Select>
      </div>
      <div className="cs-changes-filters__item">
        <Label for="cs-changes-system-id">{t('changes.filter.systemId')}</Label>
        <Input
          id="cs-changes-system-id"
          accessibleName={t('changes.filter.systemId')}
          value={systemDraft}
          readonly={systemFixed}
          showClearIcon={!systemFixed}
          onInput={(event) => setSystemDraft(event.target.value)}
          onChange={(event) => filter.update({ systemId: event.target.value.trim() })}
        />
      </div>
      <div className="cs-changes-filters__item cs-changes-filters__item--wide">
        <Label for="cs-changes-category">{t('changes.filter.category')}</Label>
        <MultiComboBox
          id="cs-changes-category"
          accessibleName={t('changes.filter.category')}
          onSelectionChange={(event) =>
            filter.update({
              category: event.detail.items.map((item) => item.dataset.category ?? ''),
            })
          }
        >
          {changeCategory.options.map((category) => (
            <MultiComboBoxItem
              key={category}
              data-category={category}
              text={changeCategoryText(t, category)}
              selected={filter.categories.includes(category)}
            />
          ))}
        </MultiComboBox>
      </div>
      <Button design="Transparent" onClick={filter.clear}>
        {t('changes.filter.clear')}
      </Button>
    </div>
  )
}
