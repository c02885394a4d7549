import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { expect, test } from 'vitest'
import { percentile, runWorkload, type RequestKind } from '../../src/server/concurrency-workload'
import { startLabClass } from '../../src/server/lab-class'
import { testStoreName } from '../../src/server/testing'

// A class on one lab server over loopback: 30 trainees on landscapes of their own and 2 participants
// sharing one, each doing BENCH_ROUNDS rounds (default 5) of two switches, an upload and a clock
// move at once — the concurrency test's workload (src/server/concurrency-workload.ts), timed.
// Store: PostgreSQL with LAB_TEST_DATABASE_URL, else PGlite in memory. The clients run in the
// server's own Node process, so the figures are what one process serves while it also asks.
const trainees = 30
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)

test('lab server throughput and latency', async () => {
  const createdAt = performance.now()
  const lab = await startLabClass(trainees)
  const createMs = performance.now() - createdAt
  try {
    const result = await runWorkload({ trainees: lab.trainees, shared: lab.shared, rounds })
    expect(result.lost).toEqual([])

    const row = (kind: RequestKind | 'all') => {
      const ms = result.requests.filter((r) => kind === 'all' || r.kind === kind).map((r) => r.ms)
      return {
        kind,
        requests: ms.length,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        max: Math.max(...ms),
      }
    }
    const rows = (['all', 'read', 'export', 'switch', 'upload', 'clock'] as const).map(row)
    const seconds = result.wallMs / 1000
    const throughput = result.requests.length / seconds
    const refused = result.landscapes.reduce((sum, l) => sum + l.refused, 0)
    const figures = {
      store: testStoreName,
      node: process.version,
      cores: availableParallelism(),
      loadBefore: loadavg()[0] ?? 0,
      landscapes: trainees + 1,
      createSeconds: createMs / 1000,
      rounds,
      requests: result.requests.length,
      seconds,
      throughput,
      refused,
      rows,
    }
    console.log(
      [
        '',
        `Lab server on ${testStoreName}, Node ${process.version}, ${figures.cores} cores, load ${figures.loadBefore.toFixed(1)}`,
        `${trainees + 1} landscapes made in ${figures.createSeconds.toFixed(1)} s; ${trainees} trainees + 2 participants, ${rounds} rounds each`,
        `${result.requests.length} requests in ${seconds.toFixed(1)} s: **${throughput.toFixed(0)} requests/s**, p95 ${rows[0]!.p95.toFixed(0)} ms; ${refused} writes refused (412/409), none lost`,
        '',
        '| requests | count | p50 ms | p95 ms | max ms |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...rows.map(
          (r) =>
            `| ${r.kind} | ${r.requests} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.max.toFixed(0)} |`,
        ),
        '',
      ].join('\n'),
    )
    mkdirSync('bench-results', { recursive: true })
    writeFileSync('bench-results/server.json', JSON.stringify(figures, null, 2))
  } finally {
    await lab.stop()
  }
})
