import type { Page } from '@playwright/test'
import { expect } from '../fixtures'
import { backendStarted } from './backend-ready'

/**
 * Calls the simulated backend from inside the page, so that the service worker answers it (a request
 * from the test runner would reach the static server, which knows no API). Fails on an error answer.
 */
export async function callApi(page: Page, path: string, body: unknown): Promise<unknown> {
  await backendStarted(page)
  const answer = await page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(`api/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      return { status: response.status, body: (await response.json()) as unknown }
    },
    { path, body },
  )
  expect(answer.status, `POST api/${path} answered ${JSON.stringify(answer.body)}`).toBe(200)
  return answer.body
}

/** Reads the simulated backend from inside the page (see callApi). */
export async function readApi<T>(page: Page, path: string): Promise<T> {
  await backendStarted(page)
  return page.evaluate(async (path) => (await (await fetch(`api/${path}`)).json()) as T, path)
}

/**
 * Puts the backend into a scenario and opens `hash` (e.g. 'ClientCertificate-maintain') on a fresh
 * page load, so that nothing the shell fetched before the reset is shown from its cache.
 */
export async function openInScenario(page: Page, scenario: string, hash = '') {
  await page.goto('./')
  await callApi(page, 'simulation/reset', { scenario })
  await page.goto(`./#/${hash}`)
  await page.reload()
}

/** Moves the simulated clock to `to` and reloads, as a user would after time travel in another tab. */
export async function advanceClockTo(page: Page, to: string) {
  await callApi(page, 'clock/advance', { to })
  await page.reload()
}
