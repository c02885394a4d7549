import type { Page } from '@playwright/test'

/**
 * Makes API calls whose URL matches `pattern` fail with a 500 in the page's own fetch, until
 * `stopFailing` is called. page.route cannot do this: it never sees the requests the MSW service
 * worker answers. Call before the first navigation (it is an init script).
 */
export async function failApiRequests(page: Page, pattern: RegExp, message = 'The simulated backend failed: injected by the test.') {
  await page.addInitScript(
    ({ source, flags, message }) => {
      const matcher = new RegExp(source, flags)
      const realFetch = window.fetch.bind(window)
      Object.assign(window, { rotationLabInjectedFailure: true })
      window.fetch = async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
        const failing = (window as unknown as { rotationLabInjectedFailure: boolean }).rotationLabInjectedFailure
        if (failing && matcher.test(url)) {
          const body = { error: { code: 'InternalError', message } }
          return new Response(JSON.stringify(body), { status: 500, headers: { 'Content-Type': 'application/json' } })
        }
        return realFetch(input, init)
      }
    },
    { source: pattern.source, flags: pattern.flags, message },
  )
}

/** Lets the requests that failApiRequests broke through again (in the current page only). */
export async function stopFailing(page: Page) {
  await page.evaluate(() => Object.assign(window, { rotationLabInjectedFailure: false }))
}
