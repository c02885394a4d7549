/** One line of the printed budget table. */
export interface BudgetRow {
  figure: string
  value: number
  unit: 'ms' | 'kB'
  /** The same figure (or its yardstick) for the bare ShellBar page. */
  bare: number | undefined
  /** What the bare figure is, when it is not the same measurement. */
  bareIs?: string
  target?: string
  /** Whether the target is met; undefined when the row has no target. */
  met?: boolean
  /** Why the target is out of reach, from the measurements in docs/performance.md; printed when it is missed. */
  whyNot?: string
}

const pad = (text: string, width: number, right = false) =>
  right ? text.padStart(width) : text.padEnd(width)

const format = (value: number, unit: BudgetRow['unit']) =>
  unit === 'kB' ? `${value.toFixed(1)} kB` : `${Math.round(value)} ms`

/** The table `npm run bench:web` prints, Markdown so it can go into docs/performance.md as it is. */
export function budgetTable(rows: readonly BudgetRow[]): string {
  const header = ['figure', 'value', 'bare page', 'ratio', 'target', 'met']
  const lines = rows.map((row) => [
    row.figure,
    format(row.value, row.unit),
    row.bare === undefined ? '—' : `${format(row.bare, row.unit)}${row.bareIs ? ` (${row.bareIs})` : ''}`,
    row.bare ? `${(row.value / row.bare).toFixed(2)}×` : '—',
    row.target ?? '—',
    row.met === undefined ? '' : row.met ? 'yes' : '**no**',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)))
  const numeric = [false, true, true, true, false, false]
  const render = (cells: string[]) =>
    `| ${cells.map((cell, i) => pad(cell, widths[i]!, numeric[i])).join(' | ')} |`
  const rule = `| ${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`
  return [render(header), rule, ...lines.map(render)].join('\n')
}

/** The missed targets, each with its reason, to print below the table. */
export function missedTargets(rows: readonly BudgetRow[]): string {
  const missed = rows.filter((row) => row.met === false)
  if (missed.length === 0) return 'Every target is met.'
  return [
    'Targets missed, and why (measured in docs/performance.md, "What misses its target" and "Session 10"):',
    ...missed.map((row) => `- ${row.figure}: ${row.whyNot ?? 'no reason recorded yet.'}`),
  ].join('\n')
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
