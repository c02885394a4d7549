import { expect, type Page } from '@playwright/test'

/** What has the keyboard focus, through every open shadow root: for assertions and messages. */
export interface FocusedElement {
  /** Tag names from the document down to the focused element, hosts included. */
  readonly path: string
  readonly role: string
  /** aria-label, else the text content (shortened). */
  readonly name: string
  /** Text of the UI5 component the focused element belongs to (an option's own text). */
  readonly hostText: string
}

export async function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const path: string[] = []
    let element = document.activeElement
    while (element) {
      path.push(element.tagName.toLowerCase())
      const inner: Element | null | undefined = element.shadowRoot?.activeElement
      if (!inner) break
      element = inner
    }
    // A UI5 component's inner element is often nameless; its host carries the name.
    let named: Element | null = element
    let name = ''
    while (named && !name) {
      name =
        named.getAttribute('aria-label') ??
        named.getAttribute('accessible-name') ??
        (named.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 100)
      const root = named.getRootNode()
      named = named.parentElement ?? (root instanceof ShadowRoot ? root.host : null)
    }
    const root = element?.getRootNode()
    const host = root instanceof ShadowRoot ? root.host : element
    const hostText = (host?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 100)
    return { path: path.join(' > '), role: element?.getAttribute('role') ?? '', name, hostText }
  })
}

/**
 * Presses `key` (Tab by default) until the focused element matches, as a keyboard user moves
 * through the page; fails with where the focus went if it never gets there.
 */
export async function pressUntilFocused(
  page: Page,
  matches: (focused: FocusedElement) => boolean,
  { key = 'Tab', max = 40 }: { key?: string; max?: number } = {},
): Promise<FocusedElement> {
  const visited: string[] = []
  for (let step = 0; step < max; step++) {
    await page.keyboard.press(key)
    const focused = await focusedElement(page)
    if (matches(focused)) return focused
    visited.push(`${focused.path} [${focused.role}] "${focused.name}" (${focused.hostText})`)
  }
  expect(visited, `no focus match after ${max}× ${key}`).toEqual([])
  throw new Error('unreachable')
}
