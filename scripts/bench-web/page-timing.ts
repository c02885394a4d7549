import type { BrowserContext, Page } from '@playwright/test'

// How `npm run bench:web` and the warm-load probe take a page's time: inside the page with
// performance.now(), from the document's time origin to the first animation frame in which the
// awaited content is in the DOM and laid out. Playwright's own polling is not in the figures.

// Predicates run in the page on every animation frame (waitForFunction, polling 'raf'); they are
// sent as source text, so they may use nothing from this file.
export type Predicate = (arg: never) => boolean

export const predicates = {
  bare: () => {
    const bar = document.querySelector('ui5-shellbar')
    return (
      !!bar?.shadowRoot?.textContent?.includes('Bare ShellBar') &&
      bar.getBoundingClientRect().height > 0
    )
  },
  // The launchpad counts as shown when its ShellBar is rendered and the first tile is laid out.
  tiles: () => {
    const bar = document.querySelector('ui5-shellbar')
    const tile = document.querySelector('a.launchpad-tile')
    return (
      !!bar?.shadowRoot?.textContent?.includes('Rotation Lab') &&
      !!tile &&
      tile.getBoundingClientRect().height > 0
    )
  },
}

/** A data row of an AnalyticalTable whose text contains `text` is laid out. */
export function rowShown(text: string) {
  return [...document.querySelectorAll('[role="row"]')].some(
    (row) =>
      row.querySelector('[role="gridcell"]') !== null &&
      (row.textContent ?? '').includes(text) &&
      row.getBoundingClientRect().height > 0,
  )
}

/** Waits for `predicate` on every frame and answers the page's clock at that frame. */
export async function frameWhen(page: Page, predicate: Predicate, arg?: unknown) {
  const handle = await page.waitForFunction(
    ({ source, arg }) => {
      const check = new Function('arg', `return (${source})(arg)`) as (arg: unknown) => boolean
      return check(arg) ? performance.now() : false
    },
    { source: predicate.toString(), arg },
    { polling: 'raf', timeout: 60_000 },
  )
  return (await handle.jsonValue()) as number
}

/**
 * Opens `url` in a new page of `context` and times it to the frame `predicate` holds. The scripts are
 * those whose request started before that frame (resource timing): what the first screen paid for,
 * not what is prefetched after it. `beforeGoto` runs on the new page before it navigates.
 */
export async function load(
  context: BrowserContext,
  url: string,
  predicate: Predicate,
  arg?: unknown,
  beforeGoto?: (page: Page) => Promise<void>,
) {
  const page = await context.newPage()
  await page.addInitScript(() => performance.setResourceTimingBufferSize(2000))
  await beforeGoto?.(page)
  await page.goto(url, { waitUntil: 'commit' })
  const ms = await frameWhen(page, predicate, arg)
  const scripts = await page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= until && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => entry.name),
    ms,
  )
  return { page, ms, scripts }
}
