import { Label, Option, Select, type SelectDomRef } from '@ui5/webcomponents-react'
import { useEffect, useRef } from 'react'

/** One setting of the simulated server: a label and a Select over the API's values. */
export function SettingSelect<T extends string | number>({
  id,
  label,
  value,
  options,
  text,
  disabled,
  describedBy,
  onChoose,
}: {
  id: string
  label: string
  value: T
  options: readonly T[]
  text: (option: T) => string
  disabled: boolean
  /** The id of a hint that explains the chosen value. */
  describedBy?: string
  onChoose: (option: T) => void
}) {
  const select = useRef<SelectDomRef>(null)
  // After a refused save the stored value is unchanged, so React sets nothing: put it back by hand
  // (not while saving, or the choice would flicker back until the new value arrives).
  useEffect(() => {
    if (!disabled && select.current && select.current.value !== String(value))
      select.current.value = String(value)
  })
  return (
    <>
      <Label for={id}>{label}</Label>
      <Select
        ref={select}
        id={id}
        accessibleName={label}
        accessibleDescriptionRef={describedBy}
        disabled={disabled}
        value={String(value)}
        onChange={(event) => {
          const chosen = options.find(
            (option) => String(option) === event.detail.selectedOption.value,
          )
          if (chosen !== undefined) onChoose(chosen)
        }}
      >
        {options.map((option) => (
          <Option key={option} value={String(option)}>
            {text(option)}
          </Option>
        ))}
      </Select>
    </>
  )
}
