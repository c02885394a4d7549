import { useLayoutEffect } from 'react'

/** The focused element, through open shadow roots (UI5 components focus an inner element). */
export function deepActiveElement(): HTMLElement | null {
  let element = document.activeElement
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
  return element instanceof HTMLElement ? element : null
}

/**
 * Gives the focus back to `opener` once a dialog that was a route has gone. The dialog unmounts
 * with the route change, after UI5's own focus restore ran against a page that was re-rendering,
 * so the focus would end on <body>: keyboard users would start over from the top. One frame later
 * the page underneath is settled.
 */
export function returnFocusTo(opener: HTMLElement | null): void {
  if (!opener) return
  requestAnimationFrame(() => {
    if (opener.isConnected) opener.focus()
  })
}

/**
 * For a dialog that is mounted only while it is open: when it unmounts, gives the focus back to the
 * element that had it when the dialog mounted (the button that opened it). UI5 restores the focus
 * when a dialog closes, not when it leaves the page open, so the focus would end on <body>. A focus
 * that is somewhere else by then (another dialog, another screen's heading) stays there.
 */
export function useFocusReturnOnUnmount(): void {
  useLayoutEffect(() => {
    const opener = deepActiveElement()
    return () => {
      requestAnimationFrame(() => {
        const focused = deepActiveElement()
        if (opener?.isConnected && (!focused || focused === document.body)) opener.focus()
      })
    }
  }, [])
}
