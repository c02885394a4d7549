import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import base from '../playwright.config'

// The clock benchmark: not part of `npm test`. Run after `npm run build`:
//   E2E_PORT=4175 npx playwright test --config scripts/bench-clock.config.ts
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'bench-clock.bench.ts',
  timeout: 180_000,
  reporter: [['list']],
  // The preview server serves dist/ from the project root, not from scripts/.
  webServer: {
    ...(base.webServer as object),
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  } as typeof base.webServer,
})
