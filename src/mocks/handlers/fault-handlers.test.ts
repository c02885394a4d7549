import { afterEach, describe, expect, it } from 'vitest'
import { faultSettings, noFaults } from '../../api/contracts/simulation'
import { FaultInjector, faultSettingsFromUrl } from '../http/faults'
import { api, apiBase, startApiServer } from '../testing/api-server'

const { faults } = startApiServer()

const failWrites = { ...noFaults, fail: 'writes', failureRate: 1 }

afterEach(() => faults.set(noFaults))

describe('GET and PUT /api/simulation/faults', () => {
  it('starts without faults and takes new settings', async () => {
    expect(faultSettings.parse((await api('simulation/faults')).body)).toEqual(noFaults)
    const { status, body } = await api('simulation/faults', { method: 'PUT', body: failWrites })
    expect(status).toBe(200)
    expect(body).toEqual(failWrites)
    expect(faults.current).toEqual(failWrites)
  })

  it('refuses bad settings with field errors', async () => {
    const { status, body } = await api('simulation/faults', {
      method: 'PUT',
      body: { ...noFaults, latency: 'glacial', failureRate: 2 },
    })
    expect(status).toBe(400)
    expect(body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'failureRate',
      'latency',
    ])
  })
})

describe('the fault gate', () => {
  it('fails writes with HTTP 500 and lets reads through; nothing is applied', async () => {
    await api('simulation/faults', { method: 'PUT', body: failWrites })
    const write = await api('clock/advance', { method: 'POST', body: { days: 1 } })
    expect(write.status).toBe(500)
    expect(write.body.error.code).toBe('InjectedFault')
    const read = await api('clock')
    expect(read.status).toBe(200)
    expect(read.body.today).toBe('2027-01-25')
  })

  it('fails reads with a network error; the simulation endpoints stay reachable', async () => {
    faults.set({ ...noFaults, fail: 'reads', failureKind: 'network-error', failureRate: 1 })
    await expect(fetch(`${apiBase}clock`)).rejects.toThrow(TypeError)
    expect((await api('simulation/scenarios')).status).toBe(200)
    expect((await api('simulation/faults', { method: 'PUT', body: noFaults })).status).toBe(200)
    expect((await api('clock')).status).toBe(200)
  })

  it('delays by the chosen latency', async () => {
    const injector = new FaultInjector({ ...noFaults, latency: 'realistic' }, () => 0)
    const started = performance.now()
    expect(await injector.apply(new Request('http://localhost/api/clock'))).toBeUndefined()
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('fails at the chosen rate', async () => {
    let dice = 0.3
    const injector = new FaultInjector({ ...noFaults, fail: 'all', failureRate: 0.5 }, () => dice)
    expect((await injector.apply(new Request('http://localhost/api/clock')))?.status).toBe(500)
    dice = 0.7
    expect(await injector.apply(new Request('http://localhost/api/clock'))).toBeUndefined()
  })
})

describe('faultSettingsFromUrl', () => {
  it.each([
    ['', noFaults],
    ['?latency=slow&fail=writes', { ...noFaults, latency: 'slow', fail: 'writes', failureRate: 1 }],
    [
      '?fail=reads&failRate=0.5&failKind=network',
      { ...noFaults, fail: 'reads', failureRate: 0.5, failureKind: 'network-error' },
    ],
    ['?latency=warp&fail=some&failRate=7', noFaults],
  ])('%s', (search, expected) => {
    expect(faultSettingsFromUrl(search)).toEqual(expected)
  })
})

describe('an API path nobody handles', () => {
  it('is a JSON 404, not a fall-through', async () => {
    const { status, body } = await api('no-such-thing/42', { method: 'DELETE' })
    expect(status).toBe(404)
    expect(body.error).toMatchObject({ code: 'NotFound', details: [] })
  })
})
