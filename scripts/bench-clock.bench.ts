import { mkdirSync, writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

// A ten-year clock advance through the API, in Chromium, against the production build: the MSW
// worker, the engine and the PKI (RSA-2048 key pairs from WebCrypto) all run in the page.
// Five runs after a second of idle time (the key pool's prefill done, as while a user reads the
// screen), three straight after the reset (the jump itself must make its two fresh key pairs).
const idleBefore = [1000, 1000, 1000, 1000, 1000, 0, 0, 0]

test('ten-year clock advance', async ({ page, browserName }) => {
  await page.goto('./')
  await expect(page.getByRole('main', { name: 'Launchpad' })).toBeVisible()
  const timings = await page.evaluate(async (idles) => {
    const post = async (path: string, body: unknown) => {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
      return response.json()
    }
    const results: {
      idleMs: number
      ms: number
      issued: number
      removed: number
      migrated: number
    }[] = []
    for (const idleMs of idles) {
      await post('api/simulation/reset', { scenario: 'before-issuance' })
      await new Promise((resolve) => setTimeout(resolve, idleMs))
      const started = performance.now()
      const { summary } = await post('api/clock/advance', { to: '2037-01-25' })
      results.push({
        idleMs,
        ms: performance.now() - started,
        issued: summary.certificatesIssued,
        removed: summary.certificatesRemoved,
        migrated: summary.usersMigrated,
      })
    }
    return results
  }, idleBefore)
  const stats = (idle: boolean) => {
    const ms = timings.filter((t) => t.idleMs > 0 === idle).map((t) => t.ms)
    return {
      meanMs: Math.round(ms.reduce((a, b) => a + b, 0) / ms.length),
      minMs: Math.round(Math.min(...ms)),
      maxMs: Math.round(Math.max(...ms)),
    }
  }
  const summary = {
    browser: `${browserName} ${page.context().browser()?.version()}`,
    jump: '2027-01-25 → 2037-01-25 (scenario before-issuance)',
    runs: timings,
    afterIdle: stats(true),
    rightAfterReset: stats(false),
  }
  console.log(JSON.stringify(summary, null, 2))
  mkdirSync('bench-results', { recursive: true })
  writeFileSync('bench-results/clock-ten-years.json', JSON.stringify(summary, null, 2))
  expect(timings.every((t) => t.issued === 20)).toBe(true)
})
