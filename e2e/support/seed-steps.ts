import { expect, type Page } from '@playwright/test'
import { backendStarted } from './backend-ready'
import { openInScenario } from './simulation'

// Steps of the seed's procedure and scenario set-up for the rotation specs. The simulated backend is reached from inside the page: the
// backend is the service worker's MSW handlers, so only the page's fetch reaches it.

async function callApi<T>(
  page: Page,
  path: string,
  init?: { method: string; body?: unknown; raw?: string },
): Promise<T> {
  await backendStarted(page)
  const result = await page.evaluate(
    async ({ path, init }) => {
      const response = await fetch(`api/${path}`, {
        method: init?.method ?? 'GET',
        headers: init?.body !== undefined ? { 'Content-Type': 'application/json' } : {},
        body: init?.raw ?? (init?.body !== undefined ? JSON.stringify(init.body) : undefined),
      })
      const type = response.headers.get('Content-Type') ?? ''
      return {
        status: response.status,
        body: type.includes('json') ? await response.json() : await response.text(),
      }
    },
    { path, init },
  )
  expect(
    result.status,
    `${init?.method ?? 'GET'} api/${path}: ${JSON.stringify(result.body)}`,
  ).toBeLessThan(400)
  return result.body as T
}

/**
 * Opens the app with the backend started over from a scenario (e.g. "before-issuance") in one page
 * load (see openInScenario); `hash` is a route such as '#/RotationCockpit-display'.
 */
export async function startScenario(page: Page, scenario: string, hash = '') {
  await openInScenario(page, scenario, hash.replace(/^#\/?/, ''))
  await expect(page.getByTestId('simulation-clock')).toHaveText(/\d{4}/)
}

/** Moves the simulated clock forward through the API. */
export async function advanceClock(
  page: Page,
  request: { to: string } | { days: number } | { nextEvent: true },
) {
  return callApi<{ clock: { today: string } }>(page, 'clock/advance', {
    method: 'POST',
    body: request,
  })
}

/** Exports a certificate through the API, as the Maintain Client Certificates app would, and returns its PEM text. */
export async function exportCertificatePem(page: Page, certificateId: string): Promise<string> {
  return callApi<string>(
    page,
    `client-certificates/${encodeURIComponent(certificateId)}/export?format=pem`,
  )
}

/** Any JSON resource of the API, for assertions that nothing changed. */
export async function readApi<T>(page: Page, path: string): Promise<T> {
  return callApi<T>(page, path)
}

/** The Check Connection of one outbound user, as the Communication Systems app offers it. */
export async function checkConnection(page: Page, systemId: string, userName: string) {
  const report = await readApi<{ rows: { systemId: string; userId: string; userName: string }[] }>(
    page,
    'rotation/readiness',
  )
  const row = report.rows.find((r) => r.systemId === systemId && r.userName === userName)
  expect(row, `${systemId} / ${userName} in the readiness report`).toBeDefined()
  return callApi<{ status: number }>(
    page,
    `communication-systems/${systemId}/outbound-users/${row!.userId}/check-connection`,
    {
      method: 'POST',
    },
  )
}

/** Uploads certificate text to an external system's trust store through the API. */
export async function uploadToExternalSystem(page: Page, host: string, text: string) {
  return callApi<unknown>(
    page,
    `external-systems/${encodeURIComponent(host)}/trusted-certificates`,
    { method: 'POST', raw: text },
  )
}

/** A second communication arrangement for an outbound user (SAP_COM_0008), created through the API. */
export async function createArrangementFor(
  page: Page,
  name: string,
  systemId: string,
  userName: string,
) {
  const report = await readApi<{ rows: { systemId: string; userId: string; userName: string }[] }>(
    page,
    'rotation/readiness',
  )
  const row = report.rows.find((r) => r.systemId === systemId && r.userName === userName)
  expect(row, `${systemId} / ${userName} in the readiness report`).toBeDefined()
  return callApi<unknown>(page, 'communication-arrangements', {
    method: 'POST',
    body: { scenarioId: 'SAP_COM_0008', name, systemId, outboundUserId: row!.userId },
  })
}
