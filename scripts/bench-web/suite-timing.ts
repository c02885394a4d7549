import { existsSync, readFileSync } from 'node:fs'

/** What e2e/support/suite-timing-reporter.ts writes after every end-to-end run. */
export interface SuiteTiming {
  finished: string
  status: string
  wallClockMs: number
  inTestsMs: number
  loadAverage: { start: number; end: number; cores: number }
  tests: { test: string; file: string; ms: number; attempts: number }[]
}

const shown = 5

/**
 * The last end-to-end run's timing, so that `npm run bench:web` keeps the suite's figures with the
 * app's (issue 17). Undefined when no run wrote one (bench:web on its own, before any `npm test`).
 */
export function lastSuiteTiming(file: string): { timing: SuiteTiming; text: string } | undefined {
  if (!existsSync(file)) return undefined
  const timing = JSON.parse(readFileSync(file, 'utf8')) as SuiteTiming
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  const retried = timing.tests.filter((t) => t.attempts > 1).length
  const { start, end, cores } = timing.loadAverage
  const text = [
    `Test suite (the last end-to-end run, ${timing.finished}, ${timing.status}): ${timing.tests.length} tests in ` +
      `${(timing.wallClockMs / 60_000).toFixed(1)} min, ${s(timing.inTestsMs / timing.tests.length)} a test, ` +
      `${retried} retried; load average ${start.toFixed(1)} → ${end.toFixed(1)} on ${cores} cores. Slowest:`,
    ...timing.tests.slice(0, shown).map((t, i) => `  ${i + 1}. ${s(t.ms)}  ${t.file} › ${t.test}`),
  ].join('\n')
  return { timing, text }
}
