import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * One temp directory per test run, for files tests write (openssl's inputs and outputs): the test
 * workers, started after this, inherit its path, and it is removed when the run ends. A directory
 * per test file, removed by that file, is not possible: the handler tests share modules across the
 * files of a worker (isolate: false), and workers are ended without their exit handlers running —
 * every run left one directory per file in the system's temp directory.
 */
export default function setup() {
  const directory = mkdtempSync(join(tmpdir(), 'rotation-lab-tests-'))
  process.env.ROTATION_LAB_TEST_TMP = directory
  return () => rmSync(directory, { recursive: true, force: true })
}
