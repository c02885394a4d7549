import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

/**
 * Which Chromium runs the tests: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else
 * Playwright's own download (`npx playwright install chromium`) for people on other machines.
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. Point it at a Chromium binary or unset it.`)
    return fromEnv
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return undefined
}

const executablePath = chromiumExecutable()
if (!executablePath) {
  console.warn(
    'No system Chromium found (CHROMIUM_PATH unset, /usr/bin/chromium missing): using Playwright\'s own browser.\n' +
      'If it is not installed either, run `npx playwright install chromium` or `sudo apt-get install -y chromium`.',
  )
}

// E2E_PORT lets several checkouts (git worktrees) run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Two cores: one worker keeps the timing steady and the suite well inside CI's budget.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}/`,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath,
      args: ['--disable-gpu', '--disable-quic', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // The tests run against the production build, the way users get the app.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
