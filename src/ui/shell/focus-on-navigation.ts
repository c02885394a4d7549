import { useEffect, useRef, type RefObject } from 'react'
import { useLocation } from 'react-router'
import { deepActiveElement } from '../focus-return'

/** How long a screen may take to show its heading (its code and data load first). */
const waitMs = 8_000
const pollMs = 50

interface Heading {
  element: HTMLElement
  text: string
}

/**
 * After an in-app navigation to another screen (a tile, a row, a link, Back), moves the focus to the
 * new screen's main heading (its level-1 title, else its main region), so keyboard and screen-reader
 * users land on the new content instead of <body> or a control of the screen they left.
 *
 * Not on the first load, and not for a dialog that is a route: the page underneath keeps its heading,
 * and the dialog takes the focus itself. A screen counts as new when its heading is another element
 * or reads differently. Returns the ref for the element the screens render in.
 */
export function useFocusOnNavigation(): RefObject<HTMLDivElement | null> {
  const content = useRef<HTMLDivElement | null>(null)
  const shown = useRef<Heading | null>(null)
  const first = useRef(true)
  const { pathname } = useLocation()

  useEffect(() => {
    const container = content.current
    if (!container) return
    const isFirstLoad = first.current
    first.current = false
    const focusedBefore = deepActiveElement()
    const started = Date.now()
    const timer = window.setInterval(() => {
      const heading = mainHeading(container)
      const isNew =
        heading &&
        (heading.element !== shown.current?.element || heading.text !== shown.current.text)
      if (isNew) {
        shown.current = heading
        if (!isFirstLoad && focusIsFree(focusedBefore)) focusHeading(heading.element)
      }
      if (isNew || Date.now() - started > waitMs) window.clearInterval(timer)
    }, pollMs)
    return () => window.clearInterval(timer)
  }, [pathname])

  return content
}

/** The visible level-1 title of the screen (the inner <h1> of a UI5 Title), else its main region. */
function mainHeading(container: HTMLElement): Heading | null {
  const title = [...container.querySelectorAll<HTMLElement>('ui5-title[level="H1"], h1')].find(
    (element) => element.checkVisibility(),
  )
  // A UI5 Title renders its <h1> a moment after it is attached: wait for it.
  const element = title
    ? (title.shadowRoot?.querySelector<HTMLElement>('h1') ??
      (title.tagName === 'H1' ? title : null))
    : container.querySelector<HTMLElement>('main, [role="main"]')
  return element ? { element, text: ((title ?? element).textContent ?? '').trim() } : null
}

/** The user has not put the focus anywhere else meanwhile (it is lost, or where the navigation started). */
function focusIsFree(focusedBefore: HTMLElement | null): boolean {
  const focused = deepActiveElement()
  return !focused || focused === document.body || focused === focusedBefore
}

function focusHeading(element: HTMLElement) {
  // Focusable by script only: a heading is no Tab stop.
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1
  element.focus()
}
