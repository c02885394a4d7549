import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// Unit tests run in Node: the domain, the simulated backend and the API client need no DOM.
// Screens are tested in real Chromium by Playwright (e2e/), because UI5 web components need layout.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    // Tests that build a landscape generate RSA-2048 keys (random prime search): well under a second
    // each on a quiet machine, several seconds on two busy cores. A slow machine is not a failure.
    testTimeout: 20_000,
    // Vitest leaves one core free by default: on CI's two cores that is one worker (164 s for the unit
    // tests); `npm test` runs nothing beside them, so they get every core (117 s). docs/performance.md.
    maxWorkers: availableParallelism(),
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
})
