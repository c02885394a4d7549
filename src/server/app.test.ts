import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LandscapeRegistry } from './landscape-registry'
import { createMemoryLandscapeStorage } from './landscape-storage'
import { startLabServer, type RunningLabServer } from './start-server'
import { cachedScenarioBuilder, call } from './testing'

const token = 'test-admin-token'
let server: RunningLabServer
let registry: LandscapeRegistry

beforeAll(async () => {
  registry = await LandscapeRegistry.open(createMemoryLandscapeStorage(), cachedScenarioBuilder())
  server = await startLabServer({ registry, adminToken: token })
}, 60_000)
afterAll(() => server.close())

const admin = (path: string, init: Parameters<typeof call>[1] = {}) =>
  call(`${server.origin}/admin/${path}`, { token, ...init })

async function newLandscape(body: Record<string, unknown>) {
  const created = await admin('landscapes', { method: 'POST', body })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body as { id: string; url: string }
}

describe('landscapes over HTTP', () => {
  it('serves two independent landscapes, each at its own unguessable address', async () => {
    const a = await newLandscape({ scenario: 'before-issuance', class: 'independent' })
    const b = await newLandscape({ scenario: 'before-issuance', class: 'independent' })
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(a.id).not.toBe(b.id)
    expect(a.url).toBe(`${server.origin}/l/${a.id}/`)

    const moved = await call(`${a.url}api/clock/advance`, { method: 'POST', body: { days: 10 } })
    expect(moved.status).toBe(200)
    const clockA = await call(`${a.url}api/clock`)
    const clockB = await call(`${b.url}api/clock`)
    expect(clockA.body.today).toBe(moved.body.clock.today)
    expect(clockB.body.today).not.toBe(clockA.body.today)

    // Faults belong to one landscape too.
    await call(`${a.url}api/simulation/faults`, {
      method: 'PUT',
      body: { latency: 'none', fail: 'all', failureKind: 'http-500', failureRate: 1 },
    })
    expect((await call(`${a.url}api/clock`)).status).toBe(500)
    expect((await call(`${b.url}api/clock`)).status).toBe(200)
  })

  it('creates a landscape on a given date, and refuses an unknown scenario field by field', async () => {
    const dated = await newLandscape({ scenario: 'before-issuance', date: '2027-03-02' })
    expect((await call(`${dated.url}api/clock`)).body.today).toBe('2027-03-02')

    const unknown = await admin('landscapes', { method: 'POST', body: { scenario: 'nope' } })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.details).toEqual([{ field: 'scenario', message: expect.any(String) }])
    const badDate = await admin('landscapes', {
      method: 'POST',
      body: { scenario: 'before-issuance', date: '2027-3-2', class: 'a b' },
    })
    expect(badDate.status).toBe(400)
    expect(badDate.body.error.code).toBe('ValidationFailed')
    expect(badDate.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'class',
      'date',
    ])
    const before = registry.list().length
    const past = await admin('landscapes', {
      method: 'POST',
      body: { scenario: 'halfway', date: '2020-01-01' },
    })
    expect(past.status).toBe(400)
    expect(registry.list()).toHaveLength(before)
  })

  it('moves the clock of every landscape of a class at once, and no other', async () => {
    const one = await newLandscape({ scenario: 'before-issuance', class: 'monday' })
    const two = await newLandscape({ scenario: 'halfway', class: 'monday' })
    const other = await newLandscape({ scenario: 'before-issuance', class: 'tuesday' })
    const otherToday = (await call(`${other.url}api/clock`)).body.today

    const advanced = await admin('classes/monday/advance', {
      method: 'POST',
      body: { to: '2027-03-05' },
    })
    expect(advanced.status).toBe(200)
    expect(advanced.body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      [one.id, two.id].sort(),
    )
    for (const item of advanced.body.items) {
      expect(item.status).toBe(200)
      expect(item.clock.today).toBe('2027-03-05')
      expect(item.summary).toHaveProperty('certificatesIssued')
    }
    expect((await call(`${one.url}api/clock`)).body.today).toBe('2027-03-05')
    expect((await call(`${two.url}api/clock`)).body.today).toBe('2027-03-05')
    expect((await call(`${other.url}api/clock`)).body.today).toBe(otherToday)

    const listed = await admin('landscapes?class=monday')
    expect(listed.status).toBe(200)
    expect(listed.body.items).toHaveLength(2)
    expect(listed.body.items[0]).toMatchObject({
      id: one.id,
      class: 'monday',
      scenario: 'before-issuance',
      today: '2027-03-05',
      phase: expect.any(String),
      readiness: expect.any(Object),
    })

    const badBody = await admin('classes/monday/advance', { method: 'POST', body: { days: -1 } })
    expect(badBody.status).toBe(400)
    expect(
      (await admin('classes/nobody/advance', { method: 'POST', body: { days: 1 } })).status,
    ).toBe(404)
  })

  it('resets and deletes a landscape', async () => {
    const landscape = await newLandscape({ scenario: 'before-issuance', date: '2027-02-20' })
    const reset = await admin(`landscapes/${landscape.id}/reset`, {
      method: 'POST',
      body: { scenario: 'rotation-eve' },
    })
    expect(reset.status).toBe(200)
    expect(reset.body).toMatchObject({ scenario: 'rotation-eve', today: '2027-02-28' })
    expect((await admin(`landscapes/${landscape.id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await call(`${landscape.url}api/clock`)).status).toBe(404)
    expect((await admin(`landscapes/${landscape.id}`, { method: 'DELETE' })).status).toBe(404)
  })

  it('clones a landscape as it is now; the copy lives on independently', async () => {
    const source = await newLandscape({ scenario: 'new-certificate-issued', class: 'cloned' })
    await call(`${source.url}api/clock/advance`, { method: 'POST', body: { days: 3 } })
    const certificatesOf = async (url: string) =>
      (await call(`${url}api/client-certificates`)).body.items.map(
        (item: { fingerprintSha256: string }) => item.fingerprintSha256,
      )

    const cloned = await admin(`landscapes/${source.id}/clone`, { method: 'POST', body: {} })
    expect(cloned.status, JSON.stringify(cloned.body)).toBe(201)
    const copy = cloned.body as { id: string; url: string }
    expect(copy.id).not.toBe(source.id)
    expect(copy.url).toBe(`${server.origin}/l/${copy.id}/`)
    expect((await call(`${copy.url}api/clock`)).body).toEqual((await call(`${source.url}api/clock`)).body)
    expect(await certificatesOf(copy.url)).toEqual(await certificatesOf(source.url))
    expect((await call(`${copy.url}api/events?limit=1000`)).body.items).toEqual(
      (await call(`${source.url}api/events?limit=1000`)).body.items,
    )
    // It keeps the class unless told another one.
    const listed = await admin('landscapes?class=cloned')
    expect(listed.body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      [source.id, copy.id].sort(),
    )

    // The copy's CA signs: its clock passes the rotation and issues, while the source stays put.
    const moved = await call(`${copy.url}api/clock/advance`, { method: 'POST', body: { to: '2027-08-01' } })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.summary.certificatesIssued).toBeGreaterThan(0)
    expect((await call(`${source.url}api/clock`)).body.today).not.toBe('2027-08-01')

    const elsewhere = await admin(`landscapes/${source.id}/clone`, { method: 'POST', body: { class: 'other' } })
    expect(elsewhere.status).toBe(201)
    expect((await admin('landscapes?class=other')).body.items).toHaveLength(1)
    const bad = await admin(`landscapes/${source.id}/clone`, { method: 'POST', body: { class: 'a b' } })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details).toEqual([{ field: 'class', message: expect.any(String) }])
    const missing = await admin('landscapes/AAAAAAAAAAAAAAAAAAAAAA/clone', { method: 'POST', body: {} })
    expect(missing.status).toBe(404)
  })

  it('answers an unknown landscape with a JSON 404', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'not-an-id']) {
      const missing = await call(`${server.origin}/l/${id}/api/clock`)
      expect(missing.status).toBe(404)
      expect(missing.body.error.code).toBe('LandscapeNotFound')
    }
  })

  it('drops the connection when the faults ask for a network error', async () => {
    const landscape = await newLandscape({ scenario: 'before-issuance' })
    await call(`${landscape.url}api/simulation/faults`, {
      method: 'PUT',
      body: { latency: 'none', fail: 'reads', failureKind: 'network-error', failureRate: 1 },
    })
    await expect(fetch(`${landscape.url}api/clock`)).rejects.toThrow(TypeError)
    // Writes still pass, on a new connection.
    const moved = await call(`${landscape.url}api/clock/advance`, {
      method: 'POST',
      body: { days: 1 },
    })
    expect(moved.status).toBe(200)
  })
})

describe('the instructor API', () => {
  it('needs the bearer token', async () => {
    expect((await call(`${server.origin}/admin/landscapes`)).status).toBe(401)
    const wrong = await call(`${server.origin}/admin/landscapes`, { token: 'wrong' })
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('WWW-Authenticate')).toMatch(/^Bearer/)
    expect(wrong.body.error.code).toBe('Unauthorized')
    expect((await admin('landscapes')).status).toBe(200)
  })

  it('does not exist when the server has no token', async () => {
    const tokenless = await startLabServer({ registry })
    try {
      for (const token of [undefined, 'anything', '']) {
        const answer = await call(`${tokenless.origin}/admin/landscapes`, { token })
        expect(answer.status).toBe(404)
        expect(answer.body.error.code).toBe('NotFound')
      }
      const post = await call(`${tokenless.origin}/admin/landscapes`, {
        method: 'POST',
        body: { scenario: 'before-issuance' },
      })
      expect(post.status).toBe(404)
    } finally {
      await tokenless.close()
    }
  })
})
