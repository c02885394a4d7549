import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join, relative } from 'node:path'
import type {
  FullConfig,
  FullResult,
  Reporter,
  TestCase,
  TestResult,
} from '@playwright/test/reporter'

/** Where the figures are kept for `npm run bench:web` and docs/performance.md (git-ignored). */
const resultsFile = join('bench-results', 'e2e-timing.json')
const slowestShown = 10

interface TestTiming {
  test: string
  file: string
  /** Every attempt's time: a retried test costs the run both. */
  ms: number
  attempts: number
}

/**
 * Prints the suite's own timing at the end of the run: its wall clock, the 10 slowest tests and the
 * machine's load, so that a slower suite shows in every run instead of in a CI bill (issue 17).
 * The load average matters: the machine is shared, and a figure without it cannot be compared.
 */
export default class SuiteTimingReporter implements Reporter {
  private rootDir = ''
  private readonly timings = new Map<TestCase, TestTiming>()
  private readonly loadAtStart = oneMinuteLoad()

  onBegin(config: FullConfig): void {
    this.rootDir = config.rootDir
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const timing = this.timings.get(test) ?? {
      test: test.title,
      file: `${relative(this.rootDir, test.location.file)}:${test.location.line}`,
      ms: 0,
      attempts: 0,
    }
    timing.ms += result.duration
    timing.attempts += 1
    this.timings.set(test, timing)
  }

  onEnd(result: FullResult): void {
    const tests = [...this.timings.values()]
    if (tests.length === 0) return
    const inTests = tests.reduce((sum, t) => sum + t.ms, 0)
    const slowest = [...tests].sort((a, b) => b.ms - a.ms).slice(0, slowestShown)
    const load = `load average ${this.loadAtStart.toFixed(1)} → ${oneMinuteLoad().toFixed(1)} on ${cpus().length} cores`
    const lines = [
      '',
      `Suite timing: ${tests.length} tests in ${minutes(result.duration)} (${seconds(inTests)} in tests, ` +
        `${seconds(inTests / tests.length)} a test on average; ${load})`,
      `The ${slowest.length} slowest:`,
      ...slowest.map(
        (t, i) =>
          `  ${String(i + 1).padStart(2)}. ${seconds(t.ms).padStart(7)}  ${t.file} › ${t.test}`,
      ),
    ]
    console.log(lines.join('\n'))
    mkdirSync(dirname(resultsFile), { recursive: true })
    writeFileSync(
      resultsFile,
      JSON.stringify(
        {
          finished: new Date().toISOString(),
          status: result.status,
          wallClockMs: Math.round(result.duration),
          inTestsMs: Math.round(inTests),
          loadAverage: { start: this.loadAtStart, end: oneMinuteLoad(), cores: cpus().length },
          byFile: totalsByFile(tests),
          tests: [...tests].sort((a, b) => b.ms - a.ms),
        },
        null,
        2,
      ),
    )
  }

  printsToStdio(): boolean {
    return false
  }
}

/** Each spec file's share of the run, slowest first. */
function totalsByFile(tests: TestTiming[]): { file: string; tests: number; ms: number }[] {
  const byFile = new Map<string, { file: string; tests: number; ms: number }>()
  for (const t of tests) {
    const file = t.file.replace(/:\d+$/, '')
    const entry = byFile.get(file) ?? { file, tests: 0, ms: 0 }
    entry.tests += 1
    entry.ms += t.ms
    byFile.set(file, entry)
  }
  return [...byFile.values()].sort((a, b) => b.ms - a.ms)
}

const oneMinuteLoad = () => loadavg()[0] ?? 0
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const minutes = (ms: number) =>
  `${Math.floor(ms / 60_000)} min ${Math.floor((ms % 60_000) / 1000)} s`
