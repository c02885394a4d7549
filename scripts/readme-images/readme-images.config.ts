import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import base from '../../playwright.config'

// The README's screenshots, made from the production build (not part of `npm test`):
//   npm run build && E2E_PORT=4177 npx playwright test --config scripts/readme-images/readme-images.config.ts
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'readme-images.shots.ts',
  timeout: 120_000,
  retries: 0,
  reporter: [['list']],
  use: { ...base.use, viewport: { width: 1280, height: 800 } },
  // The preview server serves dist/ from the project root, not from this folder.
  webServer: {
    ...(base.webServer as object),
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  } as typeof base.webServer,
})
