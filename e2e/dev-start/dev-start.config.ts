import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { productionBuildUse } from '../support/chromium'

// `npm run test:dev-start`: what `npm start` on a fresh clone shows (issue 13, finding 9). The dev
// server starts on an empty dependency cache of its own (DEV_CACHE_DIR, read by vite.config.ts) and
// its output goes to a log the test reads. Its own port, so a running `npm start` is left alone.
const port = Number(process.env.E2E_PORT ?? 4185)
const root = fileURLToPath(new URL('../..', import.meta.url))

// The config is loaded again in each worker: only the first load (the runner) empties the folder,
// and the workers find both paths in the environment they inherit from it.
if (!process.env.DEV_CACHE_DIR) {
  process.env.DEV_CACHE_DIR = join(tmpdir(), `rotation-lab-dev-start-${port}`)
  process.env.DEV_START_LOG = join(process.env.DEV_CACHE_DIR, 'dev-server.log')
  rmSync(process.env.DEV_CACHE_DIR, { recursive: true, force: true })
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.dev.ts',
  workers: 1,
  retries: 0,
  // The first screen waits for the dependency optimizer and a few hundred unbundled modules: about
  // 30 s on a busy two-core machine, far less on an idle one.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: 'list',
  outputDir: join(root, 'test-results/dev-start'),
  use: {
    // Chromium, the URL, English and UTC as for the production build; the page is the dev server's.
    ...productionBuildUse(port),
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
  },
  webServer: {
    // --force: optimize from scratch even if the folder were not empty. The log file is created
    // inside the cache folder, which vite creates only later, hence the mkdir.
    command:
      `mkdir -p "${process.env.DEV_CACHE_DIR}" && npx vite --port ${port} --strictPort --force ` +
      `--clearScreen false > "${process.env.DEV_START_LOG}" 2>&1`,
    cwd: root,
    url: `http://localhost:${port}/`,
    // Never an already running server: its cache would be warm.
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
