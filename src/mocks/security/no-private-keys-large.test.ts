import { expect, it } from 'vitest'
import { startApiServer } from '../testing/api-server'
import { scanScenario } from './leak-scan.test-helper'

const { backend } = startApiServer()

it('large-landscape: no response of a walk and nothing JSON-able in the persisted system holds a key', async () => {
  const { findings, keys } = await scanScenario(backend, 'large-landscape')
  expect(findings).toEqual([])
  for (const key of keys) expect(key).toMatchObject({ type: 'private', extractable: false })
}, 60_000)
