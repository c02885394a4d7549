import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// Unit tests run in Node: the domain, the simulated backend and the API client need no DOM.
// Screens are tested in real Chromium by Playwright (e2e/), because UI5 web components need layout.
const shared = {
  environment: 'node',
  setupFiles: ['src/test-setup.ts'],
  // Tests that build a landscape generate RSA-2048 keys (random prime search): well under a second
  // each on a quiet machine, several seconds on two busy cores. A slow machine is not a failure.
  testTimeout: 20_000,
} as const

// The API's handler tests each start the whole backend (msw, every handler, the contracts' schemas)
// and build scenarios: isolated, every file imported all of it again (~1.5 s a file) and built its
// own scenarios. They share nothing by design — each file starts its own msw server over its own
// store (src/mocks/testing/api-server.ts) — so they run in one module graph per worker, where the
// scenario builds are shared too: 118 s → 46 s on a busy machine (docs/performance.md, "Session 9").
const handlerTests = ['src/mocks/handlers/**/*.test.ts']

export default defineConfig({
  test: {
    // Vitest leaves one core free by default: on CI's two cores that is one worker (164 s for the unit
    // tests); `npm test` runs nothing beside them, so they get every core (117 s). docs/performance.md.
    maxWorkers: availableParallelism(),
    benchmark: { include: ['src/**/*.bench.ts'] },
    projects: [
      {
        test: { ...shared, name: 'unit', include: ['src/**/*.test.ts'], exclude: handlerTests },
      },
      {
        test: { ...shared, name: 'api', include: handlerTests, isolate: false },
      },
    ],
  },
})
