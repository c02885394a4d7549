import { beforeAll, describe, expect, it } from 'vitest'
import { eventsPage } from '../../api/contracts/events'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

// Display Changes' filters on the wire (GET /api/events): after the rotation of Mar 1, 2027 the
// log holds the clock move (Jan 25), the issuance (Feb 1) and SAP's migration of twelve users.
const outbound = 'Users%20for%20Outbound%20Communication'

async function records(query: string) {
  const { status, body } = await api(`events?${query}`)
  expect(status).toBe(200)
  const page = eventsPage.parse(body)
  return { ...page, ids: page.items.map((record) => record.id) }
}

beforeAll(async () => {
  await resetTo('after-rotation-nobody-acted')
  // The administrator's changes on the rotation day, beside SAP's: a new system (and its host).
  const { status } = await api('communication-systems', {
    method: 'POST',
    body: { systemId: 'NEW-SYS', systemName: 'New', hostName: 'new.example.com' },
  })
  expect(status).toBe(201)
})

describe('GET /api/events filters', () => {
  it('System ID: the records of that system, its migrated users among them', async () => {
    const page = await records('systemId=S4H-FIN-PRD')
    expect(page.items.map((r) => [r.actor, r.objectId])).toEqual([
      ['SAP', 'user-2'],
      ['SAP', 'user-1'],
    ])
    expect(page.total).toBe(2)
  })

  it('Changed By: SAP or the administrator', async () => {
    const sap = await records('actor=SAP&limit=100')
    expect(sap.total).toBe(15)
    expect(sap.items.every((r) => r.actor === 'SAP')).toBe(true)
    const admin = await records('actor=Administrator')
    expect(admin.items.map((r) => r.category)).toEqual([
      'Communication System',
      'External System', // the new system's host
      'Clock',
    ])
  })

  it('change category: one, or several repeated', async () => {
    const certificates = await records('category=Client%20Certificate')
    expect(certificates.total).toBe(3)
    const both = await records('category=Clock&category=Communication%20System')
    expect(both.items.map((r) => r.objectId)).toEqual(['NEW-SYS', 'clock'])
    const arrangements = await records('category=Communication%20Arrangement')
    expect(arrangements.total).toBe(0)
  })

  it('Changed At: an inclusive range of simulated days', async () => {
    expect((await records('from=2027-02-01&to=2027-02-01')).total).toBe(2)
    expect((await records('to=2027-01-31')).items.map((r) => r.category)).toEqual(['Clock'])
    expect((await records('from=2027-03-01')).total).toBe(15) // 12 migrated, removal, NEW-SYS and its host
  })

  it('combined, and paged: SAP migrations of the rotation day at one system, page by page', async () => {
    const query = `actor=SAP&category=${outbound}&from=2027-03-01&to=2027-03-01&systemId=WMS-3PL`
    const first = await records(`${query}&limit=1`)
    const second = await records(`${query}&limit=1&offset=1`)
    expect([first.total, second.total]).toEqual([2, 2])
    expect([...first.ids, ...second.ids]).toEqual([11, 10])
    expect((await records(`${query.replace('SAP', 'Administrator')}`)).total).toBe(0)
  })

  it.each([
    ['from=2027-03-01&to=2027-02-28', 'to', 'InvalidCommand'],
    ['from=2027-02-30', 'from', 'InvalidDate'],
    ['to=1.3.2027', 'to', 'ValidationFailed'],
    ['category=Passwords', 'category', 'ValidationFailed'],
    ['category=Clock&category=clock', 'category', 'ValidationFailed'],
    ['actor=Somebody', 'actor', 'ValidationFailed'],
  ])('refuses %s with 400 naming the field %s', async (query, field, code) => {
    const { status, body } = await api(`events?${query}`)
    expect(status).toBe(400)
    expect(body.error.code).toBe(code)
    expect(body.error.details).toEqual([expect.objectContaining({ field })])
  })
})
