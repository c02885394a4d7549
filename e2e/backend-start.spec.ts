import { expect, test } from './fixtures'
import { backendStarted } from './support/backend-ready'

// Issue 13, finding 2: before the page's simulated backend has started, a request to `api/` reached
// the static server and got index.html with 200 — a script took HTML for an answer.

test('an API request the page did not answer gets JSON 503 BackendStarting from the server, never index.html', async ({
  request,
}) => {
  // `request` goes straight to the server, as a page's request does before its service worker runs.
  for (const path of ['api/clock', 'api/communication-systems?filter=x', 'api/no-such-thing']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(503)
    expect(response.headers()['content-type'], path).toContain('application/json')
    expect(response.headers()['retry-after'], path).toBe('1')
    const body = await response.json()
    expect(body, path).toEqual({
      error: {
        code: 'BackendStarting',
        message: expect.stringContaining('rotationLab.ready'),
        details: [],
      },
    })
  }
  // The app's own files are still served.
  const page = await request.get('./')
  expect(page.headers()['content-type']).toContain('text/html')
})

test('a fetch sent before the backend started is refused as JSON; once ready, the backend answers it', async ({
  page,
}) => {
  // Runs before any of the app's scripts: the earliest a script on the page can call the API.
  await page.addInitScript(() => {
    // Status and type first: without the fix the body was index.html, which is no JSON.
    ;(window as unknown as { early: Promise<unknown> }).early = fetch('api/clock').then(
      async (response) => ({
        status: response.status,
        type: response.headers.get('Content-Type'),
        body: await response.text(),
      }),
      (cause: unknown) => ({ failed: String(cause) }),
    )
  })
  await page.goto('./')
  const early = await page.evaluate(() => (window as unknown as { early: Promise<unknown> }).early)
  expect(early).toMatchObject({
    status: 503,
    type: expect.stringContaining('application/json'),
    body: expect.stringContaining('"code":"BackendStarting"'),
  })

  await page.evaluate(() => window.rotationLab.ready)
  await expect(page.locator('html')).toHaveAttribute('data-backend', 'ready')
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/clock') && r.fromServiceWorker()),
    page.evaluate(() => fetch('api/clock')),
  ])
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({
    today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  })
})

test('the project helper waits on the same signal and then reaches the backend', async ({
  page,
}) => {
  await page.goto('./')
  await backendStarted(page)
  const status = await page.evaluate(async () => (await fetch('api/clock')).status)
  expect(status).toBe(200)
})
