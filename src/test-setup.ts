// Node's WebCrypto stands in for the browser's, so certificate code runs unchanged in unit tests.
import 'reflect-metadata'
import { installTestKeyPool } from './mocks/pki/test-key-pool.test-helper'

// RSA-2048 keys from a pool made in advance: generating them was a third of the unit step's CPU
// (docs/decisions/017-test-key-pool.md).
installTestKeyPool()
