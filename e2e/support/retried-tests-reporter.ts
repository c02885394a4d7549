import type { Reporter, TestCase } from '@playwright/test/reporter'

/**
 * Names every test that passed only on a retry, at the very end of the run where nobody misses it.
 * CI retries a failed test once so a rare timing fault does not discard a whole run; but a retry
 * means the product or the test has a bug that a user may meet, so it must be read, not hidden in
 * the "1 flaky" of the summary line.
 */
export default class RetriedTestsReporter implements Reporter {
  private readonly retried: TestCase[] = []

  onTestEnd(test: TestCase): void {
    if (test.outcome() === 'flaky' && !this.retried.includes(test)) this.retried.push(test)
  }

  onEnd(): void {
    if (this.retried.length === 0) return
    const lines = this.retried.map(
      (test) => `  - ${test.location.file.split('/e2e/').pop()}:${test.location.line} › ${test.title}`,
    )
    console.log(
      [
        '',
        '!'.repeat(100),
        `RETRIED: ${this.retried.length} test(s) failed first and passed on the retry. Find the cause:`,
        ...lines,
        '!'.repeat(100),
      ].join('\n'),
    )
  }

  printsToStdio(): boolean {
    return false
  }
}
