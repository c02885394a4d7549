import type { AnalyticalTableColumnDefinition } from '@ui5/webcomponents-react'
import { createElement, type ReactNode } from 'react'

interface Column<T> {
  Header: string
  /** The text of a cell: used for sorting, filtering and screen readers. */
  text: (row: T) => string
  /** A richer rendering of the cell, if any. */
  render?: (row: T) => ReactNode
  width?: number
  /** The least a flexible column (no `width`) may shrink to. */
  minWidth?: number
}

/**
 * A typed column for AnalyticalTable, whose own definitions see every row as `Record<string, any>`:
 * the cast lives here once instead of in every table.
 */
export function column<T>(
  id: string,
  { Header, text, render, width, minWidth }: Column<T>,
): AnalyticalTableColumnDefinition {
  return {
    id,
    Header,
    width,
    minWidth,
    accessor: (original: Record<string, unknown>) => text(original as T),
    ...(render
      ? {
          Cell: (cell: unknown) =>
            createElement(
              'span',
              { className: 'table-cell' },
              render((cell as { row: { original: T } }).row.original),
            ),
        }
      : {}),
  }
}
