import { expect, type Page } from '@playwright/test'
import { backendStarted } from './backend-ready'

// Scenario and clock set-up through the simulated backend's API, run inside the page (the backend
// is the page's service worker). Only set-up lives here: what the tests check goes through the UI.

/** Replaces the simulated system with a scenario. Call after the shell is visible (worker running). */
export async function resetScenario(page: Page, scenario: string): Promise<void> {
  await backendStarted(page)
  const status = await page.evaluate(
    (name) =>
      fetch('api/simulation/reset', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scenario: name }),
      }).then((r) => r.status),
    scenario,
  )
  expect(status, `reset to ${scenario}`).toBe(200)
}

/** Moves the simulated clock forward to `to` (YYYY-MM-DD). */
export async function advanceClock(page: Page, to: string): Promise<void> {
  await backendStarted(page)
  const status = await page.evaluate(
    (date) =>
      fetch('api/clock/advance', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: date }),
      }).then((r) => r.status),
    to,
  )
  expect(status, `advance clock to ${to}`).toBe(200)
}

/** The id of the listed client certificate with this description (e.g. "Client Default"). */
export async function certificateId(page: Page, description: string): Promise<string> {
  await backendStarted(page)
  const id = await page.evaluate(
    (wanted) =>
      fetch('api/client-certificates')
        .then((r) => r.json() as Promise<{ items: { id: string; description: string }[] }>)
        .then((body) => body.items.find((c) => c.description === wanted)?.id),
    description,
  )
  expect(id, `certificate "${description}"`).toBeTruthy()
  return id!
}

/** Step 1 of the seed, done by the external system's administrator: trust the exported PEM. */
export async function uploadToExternalSystem(
  page: Page,
  host: string,
  description: string,
): Promise<void> {
  await backendStarted(page)
  const id = await certificateId(page, description)
  const status = await page.evaluate(
    async ({ certificate, target }) => {
      const pem = await fetch(
        `api/client-certificates/${encodeURIComponent(certificate)}/export?format=pem`,
      ).then((r) => r.text())
      const upload = await fetch(
        `api/external-systems/${encodeURIComponent(target)}/trusted-certificates`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-pem-file' },
          body: pem,
        },
      )
      return upload.status
    },
    { certificate: id, target: host },
  )
  expect(status, `upload ${description} to ${host}`).toBeLessThan(300)
}

/** Changes a system as another tab would: read its ETag, PATCH with the right If-Match. */
export async function changeSystemElsewhere(
  page: Page,
  systemId: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await changeElsewhere(page, `communication-systems/${encodeURIComponent(systemId)}`, changes)
}

/** PATCHes a resource with ETags as another tab would: reads its current ETag, sends it as If-Match. */
export async function changeElsewhere(
  page: Page,
  path: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await backendStarted(page)
  const status = await page.evaluate(
    async ({ path, body }) => {
      const url = `api/${path}`
      const etag = (await fetch(url)).headers.get('ETag') ?? ''
      const patch = await fetch(url, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': etag },
        body: JSON.stringify(body),
      })
      return patch.status
    },
    { path, body: changes },
  )
  expect(status, `PATCH ${path} from elsewhere`).toBe(200)
}
