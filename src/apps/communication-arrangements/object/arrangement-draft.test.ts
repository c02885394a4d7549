import { describe, expect, it } from 'vitest'
import type { CommunicationArrangement } from '../../../api/contracts/communication-arrangements'
import { changesOf, draftOf, hasChanges, withSystem } from './arrangement-draft'

const arrangement: CommunicationArrangement = {
  name: 'Z_TAX_PARTNERS',
  scenarioId: 'SAP_COM_0008',
  scenarioDescription: 'Business Partner, Customer and Supplier Integration',
  systemId: 'TAX-SERVICE',
  systemName: 'Tax Service',
  hostName: 'tax.example.com',
  port: 443,
  outboundUser: {
    id: 'u1',
    userName: 'BTP_TAX_CALC',
    authenticationMethod: 'SSL Client Certificate',
  },
  services: [
    { id: 'BP', name: 'Business Partner', kind: 'HTTP', path: '/bp', active: true },
    { id: 'RFC', name: 'Replication', kind: 'RFC', active: false },
  ],
  onClientDefaultExpiring: true,
  version: 3,
}

describe('the arrangement draft', () => {
  it('changes nothing as it was loaded', () => {
    expect(changesOf(arrangement, draftOf(arrangement))).toEqual({})
    expect(hasChanges(arrangement, draftOf(arrangement))).toBe(false)
  })

  it('sends only the services whose status changed, with their new status', () => {
    const draft = draftOf(arrangement)
    draft.active.BP = false
    expect(changesOf(arrangement, draft)).toEqual({ services: [{ id: 'BP', active: false }] })
  })

  it('sends another outbound user of the same system', () => {
    const draft = { ...draftOf(arrangement), outboundUserId: 'u2' }
    expect(changesOf(arrangement, draft)).toEqual({ outboundUserId: 'u2' })
  })

  it('starts the user over on another system, so the API takes its first accepted user', () => {
    const draft = withSystem(draftOf(arrangement), 'WMS-3PL')
    expect(draft.outboundUserId).toBeUndefined()
    expect(changesOf(arrangement, draft)).toEqual({ systemId: 'WMS-3PL' })
    expect(changesOf(arrangement, { ...draft, outboundUserId: 'w1' })).toEqual({
      systemId: 'WMS-3PL',
      outboundUserId: 'w1',
    })
  })

  it('keeps the user when the same system is chosen again', () => {
    const draft = draftOf(arrangement)
    expect(withSystem(draft, 'TAX-SERVICE')).toBe(draft)
  })
})
