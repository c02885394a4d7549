import { matchRoutes } from 'react-router'
import { describe, expect, it } from 'vitest'
import {
  appIntents,
  clientCertificateHref,
  communicationArrangementHref,
  communicationArrangementsHref,
  communicationSystemHref,
  externalSystemHref,
  outboundUserHref,
  rotationCockpitHref,
  sapTrustCenterHref,
  systemsUsingCertificateHref,
} from './app-links'

// Ids an administrator can type: each must stay one path segment and come back unchanged.
const awkwardIds = ['plain', 'a/b', 'what?', 'no#1', 'two words', '50% off & more', 'ümlaut']

/** What the hash router sees of an href: its path and its parameters, as a browser hands them over. */
function routeOf(href: string, pattern: string) {
  const hash = new URL(`http://localhost/${href}`).hash
  const [pathname = '', search = ''] = hash.slice(1).split('?')
  const match = matchRoutes([{ path: pattern }], pathname)?.[0]
  return { params: match?.params, search: new URLSearchParams(search) }
}

describe('app links', () => {
  it.each(awkwardIds)('keeps the id %j in one segment of each object link', (id) => {
    expect(
      routeOf(communicationSystemHref(id), '/CommunicationSystem-maintain/:systemId').params,
    ).toEqual({ systemId: id })
    expect(routeOf(clientCertificateHref(id), '/ClientCertificate-maintain/:id').params).toEqual({
      id,
    })
    expect(routeOf(externalSystemHref(id), '/ExternalSystem-maintain/:host').params).toEqual({
      host: id,
    })
    expect(
      routeOf(communicationArrangementHref(id), '/CommunicationArrangement-maintain/:id').params,
    ).toEqual({ id })
    expect(
      routeOf(
        outboundUserHref(id, `${id}-user`),
        '/CommunicationSystem-maintain/:systemId/outbound-users/:userId',
      ).params,
    ).toEqual({ systemId: id, userId: `${id}-user` })
  })

  it.each(awkwardIds)('keeps the id %j whole in a list filter', (id) => {
    const systems = routeOf(systemsUsingCertificateHref(id), '/CommunicationSystem-maintain')
    expect(systems.params).toEqual({})
    expect(systems.search.get('certificate')).toBe(id)
    const arrangements = routeOf(
      communicationArrangementsHref({ certificate: id, scenario: 'SAP_COM_0A69' }),
      '/CommunicationArrangement-maintain',
    )
    expect(arrangements.params).toEqual({})
    expect(arrangements.search.get('certificate')).toBe(id)
    expect(arrangements.search.get('scenario')).toBe('SAP_COM_0A69')
  })

  it('writes the hrefs the apps have always had', () => {
    expect(communicationSystemHref('S4H')).toBe('#/CommunicationSystem-maintain/S4H')
    expect(outboundUserHref('S4H', 'u1')).toBe(
      '#/CommunicationSystem-maintain/S4H/outbound-users/u1',
    )
    expect(systemsUsingCertificateHref('default-2027-02-01')).toBe(
      '#/CommunicationSystem-maintain?certificate=default-2027-02-01',
    )
    expect(sapTrustCenterHref()).toBe('#/SapTrustCenter-display')
    expect(rotationCockpitHref()).toBe('#/RotationCockpit-display')
  })

  it('leaves out empty filters, and the query with them', () => {
    expect(communicationArrangementsHref()).toBe('#/CommunicationArrangement-maintain')
    expect(communicationArrangementsHref({ search: '', scenario: undefined })).toBe(
      '#/CommunicationArrangement-maintain',
    )
    expect(communicationArrangementsHref({ system: 'S 4' })).toBe(
      '#/CommunicationArrangement-maintain?system=S%204',
    )
  })

  it('gives every app an intent of its own', () => {
    const intents = Object.values(appIntents)
    expect(new Set(intents).size).toBe(intents.length)
    for (const intent of intents) expect(intent).toMatch(/^[A-Z][A-Za-z]+-(maintain|display)$/)
  })
})
