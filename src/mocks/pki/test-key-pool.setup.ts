// Vitest's setup for the tests (vitest.config.ts): RSA-2048 keys from the pool made in advance
// (docs/decisions/017-test-key-pool.md). Not for benchmarks (`npm run bench`, `npm run bench:server`):
// what they time includes generating keys, as users' browsers and the lab server do.
import { installTestKeyPool } from './test-key-pool.test-helper'

if (import.meta.env.MODE !== 'benchmark') installTestKeyPool()
