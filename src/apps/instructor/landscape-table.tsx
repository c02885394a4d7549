import {
  Button,
  Link,
  ObjectStatus,
  type AnalyticalTableCellInstance as CellInstance,
  type AnalyticalTableColumnDefinition,
} from '@ui5/webcomponents-react'
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { LandscapeSummary } from '../../api/contracts/admin'
import type { Scenario } from '../../api/contracts/simulation'
import { adminScenariosQuery } from '../../api/instructor'
import { formatDate, formatLocale, formatNumber } from '../../ui/format'
import type { Texts } from '../../ui/i18n/text-bundle'
import { useUiTexts } from '../../ui/i18n/ui-texts'
import { scenarioTitle } from '../../ui/shell/scenario-texts'
import { AnalyticalTable } from '../../ui/table/analytical-table'
import { phaseLabel, readyOf } from '../../ui/words/readiness-words'
import { useAppTexts } from './i18n/texts'

const landscapeOf = (cell: CellInstance) => cell.row.original as LandscapeSummary

/** "Dec 4, 2026, 09:15": the wall clock of the trainee's last request, in the page's language. */
const formatMoment = (iso: string) =>
  new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  )

/** "62% (8 of 13)", from the API's readiness counts and the shared rule of what is ready. */
function readinessText(t: Texts, landscape: LandscapeSummary): string {
  if (!landscape.readiness) return ''
  const { ready, total } = readyOf(landscape.readiness)
  if (total === 0) return t('readiness.none')
  return t(
    'readiness.percent',
    formatNumber(Math.round((ready / total) * 100)),
    formatNumber(ready),
    formatNumber(total),
  )
}

interface Actions {
  onReset: (landscape: LandscapeSummary) => void
  onDelete: (landscape: LandscapeSummary) => void
}

function columnsIn(
  t: Texts,
  ui: Texts,
  scenarios: Scenario[] | undefined,
  { onReset, onDelete }: Actions,
): AnalyticalTableColumnDefinition[] {
  const scenarioText = (id: string | undefined) => {
    const known = scenarios?.find((scenario) => scenario.id === id)
    return known ? scenarioTitle(known, ui) : (id ?? '')
  }
  const summary = (row: Record<string, unknown>) => row as LandscapeSummary
  return [
    {
      Header: t('column.landscape'),
      accessor: 'id',
      minWidth: 230,
      // Opens the trainee's page (a new tab): what the trainee sees, without leaving this list.
      Cell: (cell: CellInstance) => {
        const landscape = landscapeOf(cell)
        return (
          <Link
            href={landscape.url}
            target="_blank"
            accessibleName={t('landscape.open', landscape.id)}
          >
            {landscape.id}
          </Link>
        )
      },
    },
    {
      Header: t('column.class'),
      id: 'class',
      accessor: (row: Record<string, unknown>) => summary(row).class ?? t('noClass'),
      width: 120,
    },
    {
      Header: t('column.scenario'),
      id: 'scenario',
      accessor: (row: Record<string, unknown>) => {
        const landscape = summary(row)
        return landscape.unusable
          ? t('landscape.unusable', landscape.unusable)
          : scenarioText(landscape.scenario)
      },
      minWidth: 200,
    },
    {
      Header: t('column.today'),
      id: 'today',
      accessor: (row: Record<string, unknown>) => formatDate(summary(row).today),
      width: 130,
    },
    {
      Header: t('column.phase'),
      id: 'phase',
      accessor: (row: Record<string, unknown>) => {
        const phase = summary(row).phase
        return phase ? phaseLabel(ui, phase) : ''
      },
      width: 110,
    },
    {
      Header: t('column.readiness'),
      id: 'readiness',
      accessor: (row: Record<string, unknown>) => readinessText(t, summary(row)),
      minWidth: 170,
      Cell: (cell: CellInstance) => {
        const landscape = landscapeOf(cell)
        const counts = landscape.readiness
        const state = !counts
          ? 'None'
          : (counts.Broken ?? 0) > 0
            ? 'Negative'
            : readyOf(counts).ready === readyOf(counts).total
              ? 'Positive'
              : 'Critical'
        return <ObjectStatus state={state}>{readinessText(t, landscape)}</ObjectStatus>
      },
    },
    {
      Header: t('column.lastActivity'),
      id: 'lastActivity',
      accessor: (row: Record<string, unknown>) => formatMoment(summary(row).lastActivity),
      width: 190,
    },
    {
      Header: t('column.actions'),
      id: 'actions',
      width: 200,
      disableSortBy: true,
      Cell: (cell: CellInstance) => {
        const landscape = landscapeOf(cell)
        return (
          <span className="instructor__actions">
            <Button
              design="Transparent"
              accessibleName={t('action.resetLabel', landscape.id)}
              onClick={() => onReset(landscape)}
            >
              {t('action.reset')}
            </Button>
            <Button
              design="Transparent"
              accessibleName={t('action.deleteLabel', landscape.id)}
              onClick={() => onDelete(landscape)}
            >
              {t('action.delete')}
            </Button>
          </span>
        )
      },
    },
  ]
}

/** The landscapes: where each trainee's clock is, how ready their users are, when they last acted. */
export function LandscapeTable({
  rows,
  loading,
  noDataText,
  onReset,
  onDelete,
}: Actions & { rows: LandscapeSummary[]; loading: boolean; noDataText: string }) {
  const t = useAppTexts()
  const ui = useUiTexts()
  const scenarios = useQuery(adminScenariosQuery()).data
  // Texts and dates come from the accessors, so the columns are rebuilt when the language changes.
  const columns = useMemo(
    () => columnsIn(t, ui, scenarios, { onReset, onDelete }),
    [t, ui, scenarios, onReset, onDelete],
  )
  return (
    <AnalyticalTable
      accessibleName={t('page.title')}
      columns={columns}
      data={rows}
      loading={loading}
      noDataText={noDataText}
      minRows={1}
      visibleRows={Math.max(rows.length, 1)}
      rowHeight={44}
    />
  )
}
