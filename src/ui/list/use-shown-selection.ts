import { useMemo, useState } from 'react'

/**
 * The rows a list report's table has selected for a bulk action (Delete). Only rows still shown
 * count: a filter change may hide a selected row, which must never be deleted unseen.
 * `idOf` must be stable (a module-level function), like the table's row id.
 */
export function useShownSelection<Row>(rows: Row[], idOf: (row: Row) => string) {
  const [selected, setSelected] = useState<string[]>([])
  const shown = useMemo(
    () => selected.filter((id) => rows.some((row) => idOf(row) === id)),
    [selected, rows, idOf],
  )
  // The table's `selectedRowIds`.
  const selectedIds = useMemo(() => Object.fromEntries(shown.map((id) => [id, true])), [shown])
  return { shown, selectedIds, setSelected }
}
