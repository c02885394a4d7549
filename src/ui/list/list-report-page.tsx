import { DynamicPage, DynamicPageHeader, DynamicPageTitle, Title } from '@ui5/webcomponents-react'
import type { ReactNode } from 'react'
import './list-report.css'

interface Props {
  title: string
  /** The filter bar, in the header that collapses on scroll. */
  filters: ReactNode
  /** Messages and the table, stacked. */
  children: ReactNode
  /** Dialogs, toasts and routed dialogs: outside the stacked content, so they take no gap. */
  overlays?: ReactNode
}

/** A list report (Fiori floorplan): the app's title, its filter bar, and the table below. */
export function ListReportPage({ title, filters, children, overlays }: Props) {
  return (
    <DynamicPage
      style={{ height: '100%' }}
      titleArea={<DynamicPageTitle heading={<Title level="H1">{title}</Title>} />}
      headerArea={<DynamicPageHeader>{filters}</DynamicPageHeader>}
    >
      <div className="list-report__content">{children}</div>
      {overlays}
    </DynamicPage>
  )
}
