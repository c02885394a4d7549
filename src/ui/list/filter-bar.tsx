import { Icon, Input, Label } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/search.js'
import type { ReactNode } from 'react'
import './list-report.css'

/** A live filter bar (no Go): a search landmark named by `label`. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="filter-bar" role="search" aria-label={label}>
      {children}
    </div>
  )
}

interface ItemProps {
  /** The control's id, which the visible label points to. */
  id: string
  label: string
  wide?: boolean
  children: ReactNode
}

/** One filter: its label above its control. */
export function FilterItem({ id, label, wide, children }: ItemProps) {
  return (
    <div className={wide ? 'filter-bar__item filter-bar__item--search' : 'filter-bar__item'}>
      <Label for={id}>{label}</Label>
      {children}
    </div>
  )
}

interface SearchProps {
  id: string
  label: string
  placeholder: string
  value: string
  onSearch: (value: string) => void
}

/** The filter bar's search field, wider than the other filters; filters on every keystroke. */
export function SearchFilter({ id, label, placeholder, value, onSearch }: SearchProps) {
  return (
    <FilterItem id={id} label={label} wide>
      <Input
        id={id}
        accessibleName={label}
        placeholder={placeholder}
        value={value}
        showClearIcon
        icon={<Icon name="search" />}
        onInput={(event) => onSearch(event.target.value)}
      />
    </FilterItem>
  )
}
