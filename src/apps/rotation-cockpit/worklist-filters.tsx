import { Input, Label, Option, Select } from '@ui5/webcomponents-react'
import { useSearchParams } from 'react-router'
import { readinessStatus, type ReadinessStatus } from '../../api/contracts/common'
import type { ReadinessRow } from '../../api/contracts/rotation'
import { useAppTexts } from './i18n/texts'
import { useReadinessWords } from '../../ui/words/readiness-words'
import { worklistGroupings, type WorklistGrouping } from './worklist-groups'

export interface WorklistFilter {
  readiness: ReadinessStatus | undefined
  search: string
  grouping: WorklistGrouping
}

const groupingLabels: Record<WorklistGrouping, string> = {
  none: 'group.none',
  system: 'group.system',
  arrangement: 'group.arrangement',
}

const isGrouping = (value: string | null): value is WorklistGrouping =>
  worklistGroupings.some((grouping) => grouping === value)

/**
 * The worklist's filters and grouping live in the URL (`?readiness=Broken&search=crm&group=arrangement`),
 * so a filtered view can be shared and a reload keeps it.
 */
export function useWorklistFilter(): [WorklistFilter, (next: Partial<WorklistFilter>) => void] {
  const [params, setParams] = useSearchParams()
  const parsed = readinessStatus.safeParse(params.get('readiness'))
  const group = params.get('group')
  const filter = {
    readiness: parsed.success ? parsed.data : undefined,
    search: params.get('search') ?? '',
    grouping: isGrouping(group) ? group : 'none',
  }
  const update = (next: Partial<WorklistFilter>) => {
    const merged = { ...filter, ...next }
    const search = new URLSearchParams()
    if (merged.readiness) search.set('readiness', merged.readiness)
    if (merged.search) search.set('search', merged.search)
    if (merged.grouping !== 'none') search.set('group', merged.grouping)
    setParams(search, { replace: true })
  }
  return [filter, update]
}

export function applyFilter(
  rows: readonly ReadinessRow[],
  { readiness, search }: Pick<WorklistFilter, 'readiness' | 'search'>,
): ReadinessRow[] {
  const text = search.trim().toLowerCase()
  return rows.filter(
    (row) =>
      (!readiness || row.readiness === readiness) &&
      (!text ||
        [
          row.systemId,
          row.systemName,
          row.userName,
          row.host,
          row.certificateDescription,
          ...row.arrangements,
        ].some((value) => value.toLowerCase().includes(text))),
  )
}

export function WorklistFilters({
  filter,
  onChange,
}: {
  filter: WorklistFilter
  onChange: (next: Partial<WorklistFilter>) => void
}) {
  const t = useAppTexts()
  const words = useReadinessWords()
  return (
    <>
      <Label for="worklist-readiness">{t('filter.readiness')}</Label>
      <Select
        id="worklist-readiness"
        accessibleName={t('filter.readiness')}
        onChange={(event) => {
          const value = event.detail.selectedOption.getAttribute('data-value')
          const parsed = readinessStatus.safeParse(value)
          onChange({ readiness: parsed.success ? parsed.data : undefined })
        }}
      >
        <Option data-value="" selected={!filter.readiness}>
          {t('filter.all')}
        </Option>
        {readinessStatus.options.map((status) => (
          <Option key={status} data-value={status} selected={filter.readiness === status}>
            {words.readiness(status)}
          </Option>
        ))}
      </Select>
      <Input
        accessibleName={t('filter.search')}
        placeholder={t('filter.searchPlaceholder')}
        showClearIcon
        value={filter.search}
        onInput={(event) => onChange({ search: event.target.value })}
      />
      <Label for="worklist-grouping">{t('group.label')}</Label>
      <Select
        id="worklist-grouping"
        accessibleName={t('group.label')}
        onChange={(event) => {
          const value = event.detail.selectedOption.getAttribute('data-value')
          onChange({ grouping: isGrouping(value) ? value : 'none' })
        }}
      >
        {worklistGroupings.map((grouping) => (
          <Option key={grouping} data-value={grouping} selected={filter.grouping === grouping}>
            {t(groupingLabels[grouping])}
          </Option>
        ))}
      </Select>
    </>
  )
}
