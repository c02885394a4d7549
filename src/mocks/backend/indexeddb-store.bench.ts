import 'fake-indexeddb/auto'
import { bench, describe } from 'vitest'
import type { ChangeRecord } from '../../domain/types'
import { appendOnlyProperty } from './append-only-field'
import { createIndexedDbStore } from './indexeddb-store'

// Figures for the append-only change log: `npx vitest bench --run src/mocks/backend`.
// IndexedDB here is fake-indexeddb in Node (structured clone, in memory): it shows the ratio of the
// two ways, not Chromium's absolute times. Top-level await: bench files get no beforeAll.

interface System {
  scenarioId: string
  changeLog: readonly ChangeRecord[]
}
const isSystem = (value: unknown): value is System =>
  Array.isArray((value as System | undefined)?.changeLog)

const record = (id: number): ChangeRecord => ({
  id,
  date: '2031-03-01',
  actor: 'SAP',
  category: 'Users for Outbound Communication',
  systemId: `SYS-${id % 10_000}`,
  objectId: `user-${id % 10_000}`,
  field: 'Client Certificate',
  oldValue: `CERT-${2030 + (id % 7)}`,
  newValue: `CERT-${2031 + (id % 7)}`,
  message: `SAP migrated user-${id % 10_000} of SYS-${id % 10_000} from Client Default Expiring to Client Default on the rotation date.`,
})
const withRecords = (system: System, count: number): System => {
  const from = system.changeLog.length
  return {
    ...system,
    changeLog: [...system.changeLog, ...Array.from({ length: count }, (_, i) => record(from + i))],
  }
}

const logLength = 200_000
const start = withRecords({ scenarioId: 'bench', changeLog: [] }, logLength)

const whole = createIndexedDbStore('bench-whole', 1, isSystem)
let wholeRevision = 1
await whole.save(start, wholeRevision)

const openApart = () =>
  createIndexedDbStore('bench-apart', 1, isSystem, { appendOnly: appendOnlyProperty('changeLog') })
const apart = openApart()
let apartRevision = 1
let apartSystem = start
const firstWrite = performance.now()
await apart.save(apartSystem, apartRevision)
// The one-off cost of a rewrite from scratch (a reset to such a log, or a version 1 database).
console.log(
  `append-only, first write of ${logLength} records: ${Math.round(performance.now() - firstWrite)} ms`,
)

// fake-indexeddb is slow with 200,000 records (seconds a put): few runs, no warm-up.
const runs = (iterations: number) => ({ iterations, time: 0, warmupIterations: 0, warmupTime: 0 })

describe(`save a system whose change log holds ${logLength.toLocaleString('en')} records`, () => {
  bench(
    'before: the whole system in one put (100 records added)',
    () => whole.save(withRecords(start, 100), ++wholeRevision),
    runs(5),
  )
  bench(
    'after: append-only, 100 records added',
    async () => {
      apartSystem = withRecords(apartSystem, 100)
      await apart.save(apartSystem, ++apartRevision)
    },
    runs(20),
  )
})

describe('load it (a page start)', () => {
  bench('before: one get', () => whole.load().then(() => undefined), runs(3))
  bench(
    'after: get, and getAll of the entries',
    () =>
      openApart()
        .load()
        .then(() => undefined),
    runs(3),
  )
})

// Another tab keeps what it read before, so after an append it reads only the new entries.
const otherTab = openApart()
await otherTab.load()

describe('one tab adds 100 records, another tab loads the change', () => {
  bench(
    'after: append-only save, then a get and a getAll of the new entries',
    async () => {
      apartSystem = withRecords(apartSystem, 100)
      await apart.save(apartSystem, ++apartRevision)
      await otherTab.load()
    },
    runs(20),
  )
})
