import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { test, type Page } from '@playwright/test'
import { appPort } from './bench-ports'
import { load, predicates, rowShown, type Predicate } from './page-timing'
import { breakdown, pageThread } from './trace-breakdown'

// Where a warm load's time goes (docs/performance.md, "Session 9: where a warm load goes"): the
// launchpad's first tile and the filled Communication Systems list, each loaded warm (a second page
// of a context whose first page loaded it cold, as in `npm run bench:web`). Untraced rounds give the
// page's own figures (backend marks, resource timing); one traced round per screen gives the CPU
// time of the page's main thread and of the service worker by script and by renderer work.
// Command: scripts/bench-web/warm-breakdown.config.ts.

const root = fileURLToPath(new URL('../..', import.meta.url))
const appUrl = `http://localhost:${appPort}/`
const rounds = Number(process.env.PROBE_ROUNDS ?? 3)

const screens: { name: string; url: string; predicate: Predicate; arg?: unknown }[] = [
  { name: 'tiles', url: appUrl, predicate: predicates.tiles },
  {
    name: 'list',
    url: `${appUrl}#/CommunicationSystem-maintain`,
    predicate: rowShown,
    arg: 'S4H-FIN-PRD',
  },
]

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
  'ServiceWorker',
]

/** What the page knows about its own load, up to `until` (ms). */
async function pageFigures(page: Page, until: number) {
  return page.evaluate((until) => {
    const round = (n: number) => Math.round(n)
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const marks = Object.fromEntries(
      performance.getEntriesByType('mark').map((m) => [m.name, round(m.startTime)]),
    )
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (r) => {
        const extra = r as PerformanceResourceTiming & {
          workerMatchedSourceType?: string
          workerFinalSourceType?: string
        }
        return {
          path: new URL(r.name).pathname + new URL(r.name).search,
          start: round(r.startTime),
          end: round(r.responseEnd),
          ms: round(r.responseEnd - r.startTime),
          // Handed to the worker's fetch event; a request the browser routed to the network itself
          // (the Static Routing API) has a workerStart too, but its final source says so.
          viaWorker: r.workerStart > 0 && extra.workerFinalSourceType !== 'network',
          workerMatched: extra.workerMatchedSourceType,
          workerFinal: extra.workerFinalSourceType,
          beforeShown: r.startTime <= until,
        }
      },
    )
    return {
      navigation: {
        viaWorker:
          navigation.workerStart > 0 &&
          (navigation as PerformanceNavigationTiming & { workerFinalSourceType?: string })
            .workerFinalSourceType !== 'network',
        responseEnd: round(navigation.responseEnd),
        domContentLoaded: round(navigation.domContentLoadedEventEnd),
      },
      marks,
      resources,
    }
  }, until)
}

function summarise(figures: Awaited<ReturnType<typeof pageFigures>>, shownAt: number) {
  const before = figures.resources.filter((r) => r.beforeShown)
  const assets = before.filter((r) => !r.path.includes('/api/'))
  const viaWorker = assets.filter((r) => r.viaWorker)
  const sorted = (list: number[]) => [...list].sort((a, b) => a - b)
  const median = (list: number[]) => sorted(list)[Math.floor(list.length / 2)] ?? 0
  const lastAsset = Math.max(0, ...assets.map((r) => r.end))
  return {
    shownAt: Math.round(shownAt),
    navigation: figures.navigation,
    marks: figures.marks,
    assets: assets.length,
    assetsViaWorker: viaWorker.length,
    assetMedianMs: median(assets.map((r) => r.ms)),
    assetMaxMs: Math.max(0, ...assets.map((r) => r.ms)),
    lastAssetEnd: lastAsset,
    api: before.filter((r) => r.path.includes('/api/')).map((r) => `${r.path} ${r.start}→${r.end}`),
    slowestAssets: [...assets]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 6)
      .map((r) => `${r.path} ${r.start}→${r.end}`),
    routing: [...new Set(assets.map((r) => `${r.workerMatched ?? '-'}/${r.workerFinal ?? '-'}`))],
  }
}

test('where a warm load goes', async ({ browser }) => {
  const report: Record<string, unknown> = { load: loadavg()[0]!.toFixed(1) }
  for (const screen of screens) {
    const untraced: ReturnType<typeof summarise>[] = []
    const colds: ReturnType<typeof summarise>[] = []
    for (let round = 0; round <= rounds; round++) {
      const traced = round === rounds
      const context = await browser.newContext({
        serviceWorkers: 'allow',
        viewport: { width: 1440, height: 900 },
      })
      const cold = await load(context, screen.url, screen.predicate, screen.arg)
      if (!traced) colds.push(summarise(await pageFigures(cold.page, cold.ms), cold.ms))
      await cold.page.waitForTimeout(500)
      if (traced) await browser.startTracing(undefined, { categories })
      const warm = await load(context, screen.url, screen.predicate, screen.arg)
      const trace = traced ? await browser.stopTracing() : undefined
      const figures = summarise(await pageFigures(warm.page, warm.ms), warm.ms)
      if (!traced) untraced.push(figures)
      else {
        const events = (
          JSON.parse(trace!.toString()) as { traceEvents: Parameters<typeof breakdown>[0] }
        ).traceEvents
        const page = pageThread(events, 'backend:loaded')
        const threads = breakdown(
          events,
          page.navigationStart,
          page.navigationStart + warm.ms * 1000,
        )
        report[`${screen.name} (traced)`] = {
          figures,
          pageThread: `${page.pid}:${page.tid}`,
          threads,
        }
        mkdirSync(`${root}bench-results`, { recursive: true })
        writeFileSync(`${root}bench-results/warm-${screen.name}.trace.json`, trace!)
      }
      await context.close()
    }
    report[screen.name] = untraced
    report[`${screen.name} (cold)`] = colds
  }
  report.loadAfter = loadavg()[0]!.toFixed(1)
  const text = JSON.stringify(report, null, 1)
  writeFileSync(`${root}bench-results/warm-breakdown.json`, text)
  console.log(text)
})
