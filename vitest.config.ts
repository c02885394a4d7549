import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// Unit tests run in Node: the domain, the simulated backend and the API client need no DOM.
// Screens are tested in real Chromium by Playwright (e2e/), because UI5 web components need layout.

// The API's handler tests each start the whole backend (msw, every handler, the contracts' schemas)
// and build scenarios: isolated, every file imported all of it again (~1.5 s a file) and built its
// own scenarios. They share nothing by design — each file starts its own server over its own store
// (src/mocks/testing/api-server.ts) — so they run in one module graph per worker, where the scenario
// builds are shared too: 118 s → 46 s on a busy machine, 172 s → 135 s CPU for the whole unit step
// (docs/performance.md, "Session 9").
const handlerTests = ['src/mocks/handlers/*.test.ts']

export default defineConfig({
  test: {
    environment: 'node',
    // The unit tests' RSA keys come from a pool made in advance (docs/decisions/017-test-key-pool.md).
    setupFiles: ['src/test-setup.ts', 'src/mocks/pki/test-key-pool.setup.ts'],
    globalSetup: ['src/test-temp-dir.global-setup.ts'],
    // Tests that build a landscape sign and verify certificates, and generate RSA-2048 keys once the
    // pool is used up (a random prime search): seconds on two busy cores. A slow machine is not a failure.
    testTimeout: 20_000,
    // Vitest leaves one core free by default: on CI's two cores that is one worker (164 s for the unit
    // tests); `npm test` runs nothing beside them, so they get every core (117 s). docs/performance.md.
    maxWorkers: availableParallelism(),
    benchmark: { include: ['src/**/*.bench.ts'] },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: handlerTests },
      },
      // The handler tests in msw/node, as the browser runs them.
      { extends: true, test: { name: 'api', include: handlerTests, isolate: false } },
      // The same tests once more, against a real lab server over HTTP on the test database
      // (PostgreSQL with LAB_TEST_DATABASE_URL, else PGlite): docs/decisions/016-api-tests-over-http.md.
      {
        extends: true,
        test: {
          name: 'api-over-http',
          include: handlerTests,
          setupFiles: ['src/server/api-over-http.setup.ts'],
          // Files of a worker share its modules: the database and the scenario builds (see
          // src/server/api-over-http.ts); each file still gets its own server and landscape.
          isolate: false,
          globalSetup: ['src/server/api-over-http.global-setup.ts'],
        },
      },
      // With PostgreSQL for the run (CI), the same tests once more on PGlite, the store `npm run serve`
      // uses by default, so both stores answer every API test (without it, the project above is PGlite).
      ...(process.env.LAB_TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: 'api-over-http-pglite',
                include: handlerTests,
                setupFiles: ['src/server/api-over-http.setup.ts'],
                isolate: false,
                env: { LAB_TEST_DATABASE_URL: '' },
                globalSetup: ['src/server/api-over-http-pglite.global-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
})
