import type { FullResult, Reporter } from '@playwright/test/reporter'
import { demoRunFolder } from './demo-output'

/** Names the folder of the run last, so that whoever ran `npm run demo` knows where to look. */
export default class DemoOutputReporter implements Reporter {
  onEnd(result: FullResult) {
    console.log(`\nDemo video and screenshots: ${demoRunFolder()}/ (${result.status}, ${Math.round(result.duration / 1000)} s)`)
  }
}
