import { Title } from '@ui5/webcomponents-react'
import type { ReactNode } from 'react'
import './list-report.css'

interface Props {
  /** The table's title, usually with its count, e.g. "Communication Systems (12)". */
  title: string
  /** H2 on a list report; H3 for a table inside an object page section. */
  level?: 'H2' | 'H3'
  /** The table's actions, right-aligned. */
  children: ReactNode
}

/** A table's toolbar (Fiori: title left, actions right). */
export function TableToolbar({ title, level = 'H2', children }: Props) {
  return (
    <div className="table-toolbar">
      <Title level={level} size="H5" className="table-toolbar__title">
        {title}
      </Title>
      {children}
    </div>
  )
}
