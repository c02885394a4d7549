import { existsSync } from 'node:fs'
import { devices } from '@playwright/test'

/**
 * Which Chromium a run uses: CHROMIUM_PATH if set; else, for the tests, Debian's headless shell
 * (`/usr/bin/chromium-headless-shell`) when installed, else Debian's `/usr/bin/chromium`; else
 * Playwright's own download (`npx playwright install chromium`) for people on other machines.
 *
 * The tests run in the headless shell because it is the same Blink without the full browser around it:
 * client-certificates.spec.ts used ~30 % less CPU in it (32 s → 22 s user + sys, one worker,
 * docs/performance.md "Session 9"), and on two cores CPU is the suite's time. Demos and the web budget
 * keep the full browser: they show and measure what users run (`browser: 'full'`).
 */
export type ChromiumBuild = 'headless-shell' | 'full'

export function chromiumExecutable(browser: ChromiumBuild = 'headless-shell'): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(
        `CHROMIUM_PATH=${fromEnv} does not exist. Point it at a Chromium binary or unset it.`,
      )
    return fromEnv
  }
  const debian =
    browser === 'headless-shell'
      ? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']
      : ['/usr/bin/chromium']
  return debian.find((path) => existsSync(path))
}

/** Launch options shared by playwright.config.ts and playwright.demo.config.ts. */
export function chromiumLaunchOptions(browser: ChromiumBuild = 'headless-shell') {
  const executablePath = chromiumExecutable(browser)
  if (!executablePath) {
    console.warn(
      "No system Chromium found (CHROMIUM_PATH unset, /usr/bin/chromium missing): using Playwright's own browser.\n" +
        'If it is not installed either, run `npx playwright install chromium` or `sudo apt-get install -y chromium`.',
    )
  }
  return {
    executablePath,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Offline by construction: no host but the local server resolves, so a request that would leave
      // it fails at once (the tests' offlineGuard names it) instead of reaching a CDN.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  }
}

/** What every run against the production build shares: Chromium, the app's URL and service workers. */
export function productionBuildUse(port: number, browser: ChromiumBuild = 'headless-shell') {
  return {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}/`,
    // The app starts in the browser's language when none was chosen: tests and demos read English
    // texts and US dates whatever the machine's own language is.
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'allow' as const,
    launchOptions: chromiumLaunchOptions(browser),
  }
}

/** Serves the production build (`dist/`) the way users get the app. */
export function productionBuildServer(port: number) {
  return {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  }
}
