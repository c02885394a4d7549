import { defineConfig } from 'vitest/config'

// `npm run bench:server`: not part of `npm test`. One file, printed straight to the terminal.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['scripts/bench-server/bench-server.bench.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    disableConsoleIntercept: true,
  },
})
