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
