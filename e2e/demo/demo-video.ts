import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * Whether the demos can record a video. Playwright encodes with its own ffmpeg build, which
 * `npx playwright install ffmpeg` downloads; where that cannot reach the internet (this project's
 * machines), Debian's ffmpeg (`apt-get install -y ffmpeg`) does the same job, linked into
 * Playwright's cache. Without either, the demos still run and write their screenshots.
 */
export function demoVideoAvailable(): boolean {
  const expected = playwrightFfmpegPath()
  if (!expected || existsSync(expected)) return true
  const system = ['/usr/bin/ffmpeg', '/usr/local/bin/ffmpeg'].find((path) => existsSync(path))
  if (system) {
    mkdirSync(dirname(expected), { recursive: true })
    symlinkSync(system, expected)
    console.log(`Demo video: using ${system} (linked as ${expected}).`)
    return true
  }
  console.warn(
    'Demo video is off: ffmpeg is missing. Run `npx playwright install ffmpeg` or `sudo apt-get install -y ffmpeg`; the screenshots are written anyway.',
  )
  return false
}

/** Where Playwright looks for its ffmpeg on Linux; undefined elsewhere, where its installer works. */
function playwrightFfmpegPath(): string | undefined {
  if (process.platform !== 'linux') return undefined
  const require = createRequire(import.meta.url)
  const browsersJson = join(dirname(require.resolve('playwright-core/package.json')), 'browsers.json')
  const { browsers } = JSON.parse(readFileSync(browsersJson, 'utf8')) as { browsers: { name: string; revision: string }[] }
  const revision = browsers.find((browser) => browser.name === 'ffmpeg')?.revision
  if (!revision) return undefined
  const fromEnv = process.env.PLAYWRIGHT_BROWSERS_PATH
  const registry =
    fromEnv && fromEnv !== '0' ? fromEnv : join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ms-playwright')
  return join(registry, `ffmpeg-${revision}`, 'ffmpeg-linux')
}
