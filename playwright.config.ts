import { defineConfig } from '@playwright/test'
import { productionBuildServer, productionBuildUse } from './e2e/support/chromium'
import { labServerWebServer } from './e2e/support/lab-server'

// E2E_PORT lets several checkouts (git worktrees) run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // One per core (two here): since tests share a started browser context per worker and import the
  // scenarios' keys, a test start costs ~2 s instead of ~4.5 s, and two workers finish the suite in
  // 9.4 min instead of 12.9 min with the long walks far inside their limits (docs/performance.md).
  // E2E_WORKERS=1 for a run whose timing must not compete with itself.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // One retry in CI only, reported as "flaky" in the output (never silently): a rare timing fault must
  // not throw away a whole CI run, and locally every failure shows at once.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // Every run ends with the suite's own timing (slowest tests, total, machine load): issue 17.
  reporter: process.env.CI
    ? [
        ['list'],
        ['./e2e/support/retried-tests-reporter.ts'],
        ['./e2e/support/suite-timing-reporter.ts'],
      ]
    : [['list'], ['html', { open: 'never' }], ['./e2e/support/suite-timing-reporter.ts']],
  use: {
    ...productionBuildUse(port),
    viewport: { width: 1440, height: 900 },
    // Recording a trace of every action costs each test time; in CI the retry of a failed test
    // records one (and is reported loudly), locally every failure keeps its trace.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // The tests run against the production build, the way users get the app; e2e/lab-server.spec.ts
  // against the same build served by the lab server.
  webServer: [productionBuildServer(port), labServerWebServer()],
})
