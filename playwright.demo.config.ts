import { defineConfig } from '@playwright/test'
import { demoRunFolder } from './e2e/demo/demo-output'
import { demoVideoAvailable } from './e2e/demo/demo-video'
import { productionBuildServer, productionBuildUse } from './e2e/support/chromium'

// Demos, not tests: `npm run demo` (add `-- --headed` to watch). They never run in `npm test`,
// whose config only matches *.spec.ts. Port 4180 keeps them apart from a running test suite.
const port = Number(process.env.E2E_PORT ?? 4180)
const viewport = { width: 1440, height: 900 }

export default defineConfig({
  testDir: 'e2e/demo',
  testMatch: '**/*.demo.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // A demo walks the whole procedure at a user's pace through the UI: minutes, not seconds.
  timeout: 300_000,
  expect: { timeout: 15_000 },
  outputDir: `${demoRunFolder()}/playwright`,
  reporter: [['list'], ['./e2e/demo/output-reporter.ts']],
  use: {
    // The full browser, as users see it (and `-- --headed` needs one).
    ...productionBuildUse(port, 'full'),
    viewport,
    video: demoVideoAvailable() ? { mode: 'on', size: viewport } : 'off',
    screenshot: 'off',
    // A step that cannot happen fails in seconds, not at the end of the demo's long budget.
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
  },
  webServer: productionBuildServer(port),
})
