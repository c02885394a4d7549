import { beforeEach, describe, expect, it } from 'vitest'
import {
  communicationArrangement,
  communicationArrangementList,
  communicationScenarioList,
} from '../../api/contracts/communication-arrangements'
import { checkConnectionResponse } from '../../api/contracts/communication-systems'
import { api, resetTo, startApiServer } from '../testing/api-server'

startApiServer()

const arrangements = 'communication-arrangements'
const arrangement = (name: string) => `${arrangements}/${name}`

beforeEach(() => resetTo('halfway'))

describe('GET /api/communication-scenarios', () => {
  it('lists the catalog with each scenario’s outbound services and accepted methods', async () => {
    const { status, body } = await api('communication-scenarios')
    expect(status).toBe(200)
    const { items } = communicationScenarioList.parse(body)
    expect(items.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'SAP_COM_0A69',
        'SAP_COM_0464',
        'SAP_COM_0008',
        'SAP_COM_0193',
        'SAP_COM_0276',
      ]),
    )
    expect(items.find((s) => s.id === 'SAP_COM_0A69')).toMatchObject({
      singleArrangement: true,
      outboundMethods: expect.arrayContaining([
        { authenticationMethod: 'OAuth 2.0', clientAuthentication: 'mTLS' },
      ]),
    })
    expect(items.find((s) => s.id === 'SAP_COM_0193')).toMatchObject({ outboundServices: [] })
  })
})

describe('GET /api/communication-arrangements', () => {
  it('lists every arrangement by name, with the outbound user’s certificate and readiness', async () => {
    const { body } = await api(arrangements)
    const list = communicationArrangementList.parse(body)
    const names = list.items.map((a) => a.name)
    expect(names).toEqual([...names].sort())
    expect(list.total).toBe(11)
    expect(list.items.find((a) => a.name === 'Z_BANK_PARTNERS')).toMatchObject({
      systemId: 'BANK-EBICS',
      outboundUserName: 'BTP_PAYMENT_RUN',
      clientCertificateDescription: 'Client Default',
      readiness: 'Broken',
      onClientDefaultExpiring: false,
    })
    expect(list.items.find((a) => a.name === 'Z_TAX_PARTNERS')).toMatchObject({
      clientCertificateDescription: 'Client Default Expiring',
      onClientDefaultExpiring: true,
    })
    expect(list.items.find((a) => a.name === 'SAP_COM_0193')).not.toHaveProperty('outboundUserName')
  })

  it('filters by scenario, system, certificate and text', async () => {
    const names = async (query: string) =>
      communicationArrangementList
        .parse((await api(`${arrangements}?${query}`)).body)
        .items.map((a) => a.name)
    expect(await names('scenarioId=SAP_COM_0A69')).toEqual(['SAP_COM_0A69'])
    expect(await names('systemId=CRM-SALES')).toEqual(['SAP_COM_0193', 'Z_CRM_ACCOUNTS'])
    expect(await names('certificate=customer-1')).toEqual(['Z_EDI_ORDERS'])
    expect(await names('search=ariba')).toEqual(['SAP_COM_0276', 'Z_ARIBA_SUPPLIERS'])
    expect(await names('search=nothing-like-this')).toEqual([])
  })

  it('refuses a bad query with a field reason', async () => {
    const { status, body } = await api(`${arrangements}?limit=0`)
    expect(status).toBe(400)
    expect(body.error.details[0].field).toBe('limit')
  })
})

describe('POST /api/communication-arrangements', () => {
  it('creates an arrangement named after its scenario (201, Location, ETag) with the system’s accepted user', async () => {
    await api(arrangement('Z_BANK_PARTNERS'), { method: 'DELETE', headers: { 'If-Match': '*' } })
    const { status, headers, body } = await api(arrangements, {
      method: 'POST',
      body: { scenarioId: 'SAP_COM_0008', systemId: 'WMS-3PL' },
    })
    expect(status).toBe(201)
    const created = communicationArrangement.parse(body)
    expect(headers.get('Location')).toBe('api/communication-arrangements/SAP_COM_0008')
    expect(headers.get('ETag')).toBe('"1"')
    expect(created).toMatchObject({
      name: 'SAP_COM_0008',
      systemId: 'WMS-3PL',
      outboundUser: { userName: 'BTP_DELIVERY_OUT', readiness: expect.any(String) },
      services: expect.arrayContaining([
        expect.objectContaining({ id: 'BP_REPLICATE', active: true }),
      ]),
    })
    const events = await api('events?limit=1')
    expect(events.body.items[0]).toMatchObject({ category: 'Communication Arrangement' })
  })

  it.each<[string, object, number, string, string]>([
    [
      'a name in lower case',
      { scenarioId: 'SAP_COM_0008', systemId: 'WMS-3PL', name: 'z bad' },
      400,
      'ValidationFailed',
      'name',
    ],
    [
      'an unknown scenario',
      { scenarioId: 'SAP_COM_9999', systemId: 'WMS-3PL' },
      400,
      'UnknownCommunicationScenario',
      'scenarioId',
    ],
    [
      'a name taken',
      { scenarioId: 'SAP_COM_0008', systemId: 'WMS-3PL', name: 'Z_TAX_PARTNERS' },
      409,
      'DuplicateArrangement',
      'name',
    ],
    [
      'a system without an accepted user',
      { scenarioId: 'SAP_COM_0464', systemId: 'WMS-3PL', name: 'Z_WMS_MIGRATION' },
      409,
      'NoSupportedOutboundUser',
      'systemId',
    ],
    [
      'a second SAP_COM_0A69',
      { scenarioId: 'SAP_COM_0A69', systemId: 'MDG-HUB', name: 'Z_AI' },
      409,
      'ScenarioAlreadyArranged',
      'scenarioId',
    ],
    [
      'an unknown field',
      { scenarioId: 'SAP_COM_0008', systemId: 'WMS-3PL', color: 'red' },
      400,
      'ValidationFailed',
      '(body)',
    ],
  ])(
    'refuses %s with a field reason and saves nothing',
    async (_, request, status, code, field) => {
      const before = (await api(arrangements)).body.total
      const { status: actual, body } = await api(arrangements, { method: 'POST', body: request })
      expect(actual).toBe(status)
      expect(body.error.code).toBe(code)
      expect(body.error.details[0].field).toBe(field)
      expect((await api(arrangements)).body.total).toBe(before)
    },
  )
})

describe('PATCH and DELETE /api/communication-arrangements/:name', () => {
  it('needs If-Match, refuses a stale one with the current ETag, then switches a service off', async () => {
    const path = arrangement('Z_TAX_PARTNERS')
    const change = { services: [{ id: 'BP_CONFIRM', active: false }] }
    expect((await api(path, { method: 'PATCH', body: change })).status).toBe(428)
    const stale = await api(path, { method: 'PATCH', body: change, headers: { 'If-Match': '"9"' } })
    expect(stale.status).toBe(412)
    expect(stale.headers.get('ETag')).toBe('"1"')
    const { status, headers, body } = await api(path, {
      method: 'PATCH',
      body: change,
      headers: { 'If-Match': '"1"' },
    })
    expect(status).toBe(200)
    expect(headers.get('ETag')).toBe('"2"')
    expect(
      communicationArrangement.parse(body).services.find((s) => s.id === 'BP_CONFIRM'),
    ).toMatchObject({
      active: false,
    })
  })

  it('deletes with the current ETag (204), after which it is gone (404)', async () => {
    const path = arrangement('Z_TAX_PARTNERS')
    expect((await api(path, { method: 'DELETE', headers: { 'If-Match': '"1"' } })).status).toBe(204)
    const gone = await api(path)
    expect(gone.status).toBe(404)
    expect(gone.body.error.code).toBe('UnknownArrangement')
  })
})

describe('POST .../outbound-services/:serviceId/check-connection', () => {
  it('answers what the outbound user’s own check answers, in the same words', async () => {
    const check = await api(
      `${arrangement('Z_BANK_PARTNERS')}/outbound-services/BP_REPLICATE/check-connection`,
      { method: 'POST' },
    )
    expect(check.status).toBe(200)
    const viaArrangement = checkConnectionResponse.parse(check.body)
    const system = (await api('communication-systems/BANK-EBICS')).body
    const userId = system.outboundUsers[0].id
    const direct = await api(
      `communication-systems/BANK-EBICS/outbound-users/${userId}/check-connection`,
      {
        method: 'POST',
      },
    )
    expect(viaArrangement).toEqual(checkConnectionResponse.parse(direct.body))
    // BTP_PAYMENT_RUN switched before the bank had the new certificate.
    expect(viaArrangement.status).not.toBe(200)
  })

  it('refuses an inactive service (409) and an unknown one (404)', async () => {
    const path = arrangement('Z_TAX_PARTNERS')
    await api(path, {
      method: 'PATCH',
      body: { services: [{ id: 'BP_REPLICATE', active: false }] },
      headers: { 'If-Match': '*' },
    })
    const inactive = await api(`${path}/outbound-services/BP_REPLICATE/check-connection`, {
      method: 'POST',
    })
    expect(inactive.status).toBe(409)
    expect(inactive.body.error.code).toBe('ServiceInactive')
    const unknown = await api(`${path}/outbound-services/NOPE/check-connection`, { method: 'POST' })
    expect(unknown.status).toBe(404)
  })
})
