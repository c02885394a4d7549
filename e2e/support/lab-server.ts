// The lab server (`npm run serve`, src/server) beside the static preview server, for the specs that
// drive the SPA it serves. Its data lives in .tmp/ (git-ignored) and starts empty on every run.

/** The instructor token the test run starts the server with (LAB_ADMIN_TOKEN). */
export const labServerToken = 'e2e-instructor-token'

export function labServerPort(): number {
  return Number(process.env.E2E_PORT ?? 4173) + 1
}

export function labServerOrigin(): string {
  return `http://127.0.0.1:${labServerPort()}`
}

const dataDir = '.tmp/e2e-lab-server'

/** Builds the server (the SPA is built by `npm run build` before the tests) and starts it on PGlite. */
export function labServerWebServer() {
  return {
    command:
      `node -e "require('fs').rmSync('${dataDir}', { recursive: true, force: true })" && ` +
      'npm run build:server && node dist-server/main.js',
    // Without the token /admin/ answers 401 — which tells Playwright the server is up.
    url: `${labServerOrigin()}/admin/landscapes`,
    env: { PORT: String(labServerPort()), LAB_DATA_DIR: dataDir, LAB_ADMIN_TOKEN: labServerToken },
    reuseExistingServer: !process.env.CI,
    // PGlite's first start in a new data directory takes ~20 s on a busy two-core machine.
    timeout: 120_000,
  }
}
