import { defineConfig } from '@playwright/test'
import bench from './bench-web.config'
import { appPort } from './bench-ports'

// Where a warm load goes: `npm run build && BENCH_PORT=<port> npx playwright test -c
// scripts/bench-web/warm-breakdown.config.ts` (writes bench-results/warm-breakdown.json and the two
// traced loads as bench-results/warm-*.trace.json, which chrome://tracing or Perfetto open).
export default defineConfig({
  ...bench,
  testMatch: 'warm-breakdown.probe.ts',
  webServer: (Array.isArray(bench.webServer) ? bench.webServer : []).filter((server) =>
    server.command.includes(`--port ${appPort} `),
  ),
})
