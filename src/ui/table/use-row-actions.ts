import { useCallback } from 'react'

/**
 * The row handlers of a list report's AnalyticalTable: the selection column selects (for Delete),
 * a click anywhere else on the row opens the object, like Fiori's chevron rows. Stable, so that a
 * memoised table is not re-rendered by its page alone.
 */
export function useRowActions<T>(
  idOf: (row: T) => string,
  onSelect: (ids: string[]) => void,
  onOpen: (id: string) => void,
) {
  const handleRowSelect = useCallback(
    (event: { detail: { selectedRowIds: Record<string | number, boolean> } }) =>
      onSelect(
        Object.keys(event.detail.selectedRowIds).filter((id) => event.detail.selectedRowIds[id]),
      ),
    [onSelect],
  )
  const handleRowClick = useCallback(
    (event: { target: EventTarget | null; detail: { row: { original: unknown } } }) => {
      const cell = (event.target as HTMLElement | null)?.closest?.('[data-column-index]')
      if (cell?.getAttribute('data-column-index') === '0') return
      onOpen(idOf(event.detail.row.original as T))
    },
    [onOpen, idOf],
  )
  return { handleRowSelect, handleRowClick }
}
