import { describe, expect, it } from 'vitest'
import { certificateRole } from './certificates'
import { NEW, OLD, overlapStart } from './testing/overlap-fixture'
import { fakeMaterial } from './testing/landscape'
import { CLIENT_DEFAULT, CLIENT_DEFAULT_EXPIRING, type Certificate } from './types'

const customer = (description: string): Certificate => ({
  id: 'customer-x',
  kind: 'Customer',
  managedBy: 'Customer',
  description,
  category: 'Not Assigned',
  validFrom: '2027-01-01',
  validTo: '2028-01-01',
  issuedOn: '2027-01-01',
  material: fakeMaterial('customer-x'),
  version: 1,
})

describe('certificateRole', () => {
  it('names SAP’s defaults during the overlap: the new one and the one it replaces', () => {
    const state = overlapStart()
    const roleOf = (id: string) => certificateRole(state.certificates.find((c) => c.id === id)!)
    expect(roleOf(NEW)).toBe('Client Default')
    expect(roleOf(OLD)).toBe('Client Default Expiring')
  })

  it.each([CLIENT_DEFAULT, CLIENT_DEFAULT_EXPIRING, 'EDI Gateway'])(
    'keeps a customer’s certificate a customer’s, even described as %j',
    (description) => expect(certificateRole(customer(description))).toBe('Customer'),
  )
})
