import { describe, expect, it } from 'vitest'
import type {
  CommunicationSystem,
  OutboundUser,
} from '../../../api/contracts/communication-systems'
import { changesOfEdit, isDirty, openEdit, rebaseEdit, type UserEdit } from './user-edit'

const desadv: OutboundUser = {
  id: 'user-9',
  userName: 'BTP_EDI_DESADV',
  authenticationMethod: 'SSL Client Certificate',
  clientCertificateId: 'cert-expiring',
  clientCertificateDescription: 'Client Default Expiring',
}
const orders: OutboundUser = {
  id: 'user-8',
  userName: 'BTP_EDI_ORDERS',
  authenticationMethod: 'SSL Client Certificate',
  clientCertificateId: 'cert-edi',
}

function systemWith(version: number, users: OutboundUser[]): CommunicationSystem {
  return { systemId: 'EDI-GATEWAY', version, outboundUsers: users } as CommunicationSystem
}

const opened = systemWith(4, [orders, desadv])
// Another tab switched the user to Client Default: version 5.
const switched = systemWith(5, [
  orders,
  {
    ...desadv,
    clientCertificateId: 'cert-default',
    clientCertificateDescription: 'Client Default',
  },
])

const typed = (edit: UserEdit, values: Partial<UserEdit['values']>): UserEdit => ({
  ...edit,
  values: { ...edit.values, ...values },
})

describe('the edit of the user dialog', () => {
  it('keeps the version and user it was opened with', () => {
    const edit = openEdit(opened, desadv)
    expect(edit.version).toBe(4)
    expect(edit.opened).toBe(desadv)
    expect(edit.values.clientCertificateId).toBe('cert-expiring')
  })

  it('sends only what was changed in the dialog, compared with the user it opened', () => {
    const edit = typed(openEdit(opened, desadv), { userName: 'BTP_EDI_DESPATCH' })
    // The certificate field still shows what the dialog opened with: it is no change of the dialog's.
    expect(changesOfEdit(edit)).toEqual({ userName: 'BTP_EDI_DESPATCH' })
    expect(isDirty(edit)).toBe(true)
  })

  it('an untouched dialog has nothing to save; a new user always has', () => {
    expect(isDirty(openEdit(opened, desadv))).toBe(false)
    expect(changesOfEdit(openEdit(opened, undefined))).toBeUndefined()
    expect(isDirty(openEdit(opened, undefined))).toBe(true)
  })

  it('Reload starts from the current version and user, keeping what was entered', () => {
    const edit = typed(openEdit(opened, desadv), { userName: 'BTP_EDI_DESPATCH' })
    const rebased = rebaseEdit(edit, switched)
    expect(rebased.version).toBe(5)
    expect(rebased.opened?.clientCertificateId).toBe('cert-default')
    expect(rebased.values).toEqual({
      authenticationMethod: 'SSL Client Certificate',
      userName: 'BTP_EDI_DESPATCH',
      clientAuthentication: 'Client Secret',
      clientCertificateId: 'cert-default',
      password: '',
    })
    // The next Save sends the entry only: the other tab's certificate stands.
    expect(changesOfEdit(rebased)).toEqual({ userName: 'BTP_EDI_DESPATCH' })
  })

  it('an entry in a field the other tab also changed is the administrator’s', () => {
    const edit = typed(openEdit(opened, desadv), { clientCertificateId: 'cert-edi' })
    const rebased = rebaseEdit(edit, switched)
    expect(rebased.values.clientCertificateId).toBe('cert-edi')
    expect(changesOfEdit(rebased)).toEqual({ clientCertificateId: 'cert-edi' })
  })

  it('Reload of a new user takes the current version; a user deleted meanwhile stays as it was', () => {
    const added = typed(openEdit(opened, undefined), { userName: 'BTP_EDI_INVOIC' })
    expect(rebaseEdit(added, switched)).toEqual({ ...added, version: 5 })
    const edit = openEdit(opened, desadv)
    expect(rebaseEdit(edit, systemWith(6, [orders]))).toBe(edit)
  })
})
