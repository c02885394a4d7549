import { useRef, type FocusEvent } from 'react'

interface OpenableField {
  open: boolean
}

/**
 * Props for a UI5 ComboBox. UI5 focuses the combo box's input again once its suggestion list has
 * opened (after the popover's opening), so a user who typed a value and tabbed on at once — or a
 * demo script filling the next field — would have the focus, and the next keystrokes, pulled back
 * into the combo box. When the user has left since their last input, the list is closed again and
 * the focus goes back to where it was just before UI5 took it: the user may have moved on more than
 * once meanwhile (the next field, then the one after), and the field they first went to is not
 * where they are now (a CI run lost the typing in Communication System to Arrangement Name that way).
 * Typing, a key or a click in the combo box means the user is back, and the list opens as usual.
 * `onInput` is the field's own input handler.
 */
export function useFocusStaysWhereTheUserWent<InputEvent>(onInput: (event: InputEvent) => void) {
  const wentTo = useRef<HTMLElement | null>(null)
  const cameFrom = useRef<HTMLElement | null>(null)
  const back = () => {
    wentTo.current = null
  }
  const outside = (event: FocusEvent<HTMLElement>) => {
    const other = event.relatedTarget
    return other instanceof HTMLElement && !event.currentTarget.contains(other) ? other : null
  }
  return {
    onInput: (event: InputEvent) => {
      back()
      onInput(event)
    },
    onKeyDown: back,
    onPointerDown: back,
    onBlur: (event: FocusEvent<HTMLElement>) => {
      wentTo.current = outside(event)
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      cameFrom.current = outside(event)
    },
    onOpen: (event: { target: unknown }) => {
      if (!wentTo.current?.isConnected) return
      ;(event.target as OpenableField).open = false
      const before = cameFrom.current?.isConnected ? cameFrom.current : wentTo.current
      before.focus()
    },
  }
}
