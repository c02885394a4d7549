import { useRef, type FocusEvent } from 'react'

interface OpenableField {
  open: boolean
}

/**
 * Props for a UI5 ComboBox. UI5 focuses the combo box's input again once its suggestion list has
 * opened (after the popover's opening), so a user who typed a value and tabbed on at once — or a
 * demo script filling the next field — would have the focus, and the next keystrokes, pulled back
 * into the combo box. When the user has left since their last input, the list is closed again and
 * the focus goes back where the user went. Typing, a key or a click in the combo box means the
 * user is back, and the list opens as usual. `onInput` is the field's own input handler.
 */
export function useFocusStaysWhereTheUserWent<InputEvent>(onInput: (event: InputEvent) => void) {
  const wentTo = useRef<HTMLElement | null>(null)
  const back = () => {
    wentTo.current = null
  }
  return {
    onInput: (event: InputEvent) => {
      back()
      onInput(event)
    },
    onKeyDown: back,
    onPointerDown: back,
    onBlur: (event: FocusEvent<HTMLElement>) => {
      const target = event.relatedTarget
      wentTo.current = target instanceof HTMLElement ? target : null
    },
    onOpen: (event: { target: unknown }) => {
      const target = wentTo.current
      if (!target?.isConnected) return
      ;(event.target as OpenableField).open = false
      target.focus()
    },
  }
}
