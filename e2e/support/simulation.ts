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
 * Opens `hash` (e.g. 'ClientCertificate-maintain') with the backend in `scenario`, moved on to `date`
 * if given, in ONE page load: the `?scenario=&date=&replace=1` link (docs/demos.md) resets the
 * backend before the first API answer, so no screen ever shows what was there before, and there is
 * no earlier load whose cache could survive. The app then takes the parameters off the address bar:
 * a later reload keeps what the test did since (e2e/url-parameters.spec.ts checks both).
 */
export async function openInScenario(
  page: Page,
  scenario: string,
  hash = '',
  { date }: { date?: string } = {},
) {
  await page.goto(scenarioLink(scenario, hash, date))
  await backendStarted(page, scenarioBuilt)
}

/**
 * The link builds the scenario (new RSA keys, certificates signed and verified) before the backend
 * says ready; on a busy two-core machine that takes seconds beyond expect's default wait.
 */
const scenarioBuilt = { timeout: 20_000 }

/** `./?scenario=<id>[&date=<day>]&replace=1#/<hash>`: replaces the simulation without asking. */
function scenarioLink(scenario: string, hash = '', date?: string): string {
  const query = new URLSearchParams({ scenario, ...(date ? { date } : {}), replace: '1' })
  return `./?${query.toString()}#/${hash}`
}

/** Moves the simulated clock to `to` and reloads, as a user would after time travel in another tab. */
export async function advanceClockTo(page: Page, to: string) {
  await callApi(page, 'clock/advance', { to })
  await page.reload()
}
