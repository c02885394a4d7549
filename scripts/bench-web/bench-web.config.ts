import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import base from '../../playwright.config'
import { chromiumLaunchOptions } from '../../e2e/support/chromium'
import { appPort, barePort } from './bench-ports'

const root = fileURLToPath(new URL('../..', import.meta.url))

// The web performance budget. `npm run bench:web` builds the app first; `npm test` runs it last, on the
// build its e2e tests used (`bench:web:measure` builds only the bare page). It prints figures and fails
// only when it cannot measure: whether a figure meets its target is for people to judge.
// Chromium's flags come from the project's Playwright config; the browser is the full one, and the servers differ.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'bench-web.bench.ts',
  timeout: 240_000,
  reporter: [['list']],
  // No traces or screenshots: they would cost time inside the measurements.
  // bypassCSP: the frame predicates are sent as source text and built with `new Function` in the
  // page, which the app's Content-Security-Policy (rightly) forbids; the policy costs no time to measure.
  use: {
    ...base.use,
    baseURL: `http://localhost:${appPort}/`,
    trace: 'off',
    screenshot: 'off',
    bypassCSP: true,
    // The full browser users run, not the tests' headless shell: its figures are what users wait for.
    launchOptions: chromiumLaunchOptions('full'),
  },
  webServer: [
    {
      command: `npx vite preview --port ${appPort} --strictPort`,
      url: `http://localhost:${appPort}/`,
      cwd: root,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --config scripts/bench-web/bare/vite.config.ts --port ${barePort} --strictPort`,
      url: `http://localhost:${barePort}/`,
      cwd: root,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
})
