import { existsSync } from 'node:fs'

/**
 * Which Chromium runs the tests and demos: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
 * else Playwright's own download (`npx playwright install chromium`) for people on other machines.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. Point it at a Chromium binary or unset it.`)
    return fromEnv
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return undefined
}

/** Launch options shared by playwright.config.ts and playwright.demo.config.ts. */
export function chromiumLaunchOptions() {
  const executablePath = chromiumExecutable()
  if (!executablePath) {
    console.warn(
      'No system Chromium found (CHROMIUM_PATH unset, /usr/bin/chromium missing): using Playwright\'s own browser.\n' +
        'If it is not installed either, run `npx playwright install chromium` or `sudo apt-get install -y chromium`.',
    )
  }
  return {
    executablePath,
    args: ['--disable-gpu', '--disable-quic', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  }
}
