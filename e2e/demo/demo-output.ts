import { basename, join } from 'node:path'
import type { TestInfo } from '@playwright/test'

/**
 * The folder of this demo run, `demo-output/<timestamp>`. The config computes it once and puts it
 * into the environment, because Playwright loads the config again in every worker process.
 */
export function demoRunFolder(): string {
  process.env.DEMO_OUTPUT_DIR ??= join('demo-output', new Date().toISOString().replace(/:/g, '-').replace(/\..*$/, ''))
  return process.env.DEMO_OUTPUT_DIR
}

/** One demo's folder inside the run, named after its file: `rotation-walkthrough`, `nobody-acts`. */
export function demoFolder(testInfo: TestInfo): string {
  return join(demoRunFolder(), basename(testInfo.file).replace(/\.demo\.ts$/, ''))
}
