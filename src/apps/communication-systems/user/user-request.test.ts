import { describe, expect, it } from 'vitest'
import type { OutboundUser } from '../../../api/contracts/communication-systems'
import { changesOf, requestOfValues, valuesOfUser, type UserValues } from './user-request'

const mtlsUser: OutboundUser = {
  id: 'user-7',
  userName: 'BTP_MDG_REPLICATION',
  authenticationMethod: 'OAuth 2.0',
  clientAuthentication: 'mTLS',
  clientCertificateId: 'cert-default',
  clientCertificateDescription: 'Client Default',
}
const sslUser: OutboundUser = {
  id: 'user-1',
  userName: 'BTP_FIN_POSTING',
  authenticationMethod: 'SSL Client Certificate',
  clientCertificateId: 'cert-expiring',
}
const passwordUser: OutboundUser = {
  id: 'user-2',
  userName: 'BTP_ARCHIVE_WRITE',
  authenticationMethod: 'User Name and Password',
  passwordSet: true,
}

const edit = (user: OutboundUser, change: Partial<UserValues>) =>
  changesOf(user, requestOfValues({ ...valuesOfUser(user), ...change }))

describe('the request of the user dialog', () => {
  it('sends a Client Authentication only for OAuth 2.0 and a certificate only where one is presented', () => {
    const values = valuesOfUser(undefined)
    expect(values.clientAuthentication).toBe('Client Secret')
    expect(
      requestOfValues({ ...values, userName: 'U', clientCertificateId: 'cert-default' }),
    ).toEqual({
      userName: 'U',
      authenticationMethod: 'SSL Client Certificate',
      clientCertificateId: 'cert-default',
    })
    expect(
      requestOfValues({
        ...values,
        userName: 'U',
        authenticationMethod: 'OAuth 2.0',
        clientCertificateId: 'cert-default',
      }),
    ).toEqual({
      userName: 'U',
      authenticationMethod: 'OAuth 2.0',
      clientAuthentication: 'Client Secret',
    })
    expect(
      requestOfValues({
        ...values,
        userName: 'U',
        authenticationMethod: 'OAuth 2.0',
        clientAuthentication: 'mTLS',
        clientCertificateId: 'cert-default',
      }),
    ).toEqual({
      userName: 'U',
      authenticationMethod: 'OAuth 2.0',
      clientAuthentication: 'mTLS',
      clientCertificateId: 'cert-default',
    })
  })

  it('an edit sends only what changed', () => {
    expect(edit(mtlsUser, {})).toEqual({})
    expect(edit(mtlsUser, { userName: 'BTP_MDG_V2' })).toEqual({ userName: 'BTP_MDG_V2' })
    expect(edit(mtlsUser, { clientCertificateId: 'cert-expiring' })).toEqual({
      clientCertificateId: 'cert-expiring',
    })
    // A value left in a hidden field is no change.
    expect(edit(passwordUser, { clientAuthentication: 'mTLS', clientCertificateId: 'x' })).toEqual(
      {},
    )
  })

  it('mTLS → Client Secret names the new Client Authentication and drops the certificate', () => {
    expect(edit(mtlsUser, { clientAuthentication: 'Client Secret' })).toEqual({
      clientAuthentication: 'Client Secret',
    })
  })

  it('a new way to authenticate takes its Client Authentication and certificate along', () => {
    expect(
      edit(sslUser, { authenticationMethod: 'OAuth 2.0', clientAuthentication: 'mTLS' }),
    ).toEqual({
      authenticationMethod: 'OAuth 2.0',
      clientAuthentication: 'mTLS',
      clientCertificateId: 'cert-expiring',
    })
    expect(edit(passwordUser, { authenticationMethod: 'OAuth 2.0' })).toEqual({
      authenticationMethod: 'OAuth 2.0',
      clientAuthentication: 'Client Secret',
    })
    expect(edit(mtlsUser, { authenticationMethod: 'SSL Client Certificate' })).toEqual({
      authenticationMethod: 'SSL Client Certificate',
      clientCertificateId: 'cert-default',
    })
    expect(edit(mtlsUser, { authenticationMethod: 'None' })).toEqual({
      authenticationMethod: 'None',
    })
  })

  it('a password is sent only when typed, and only for User Name and Password', () => {
    expect(valuesOfUser(passwordUser).password).toBe('')
    expect(edit(passwordUser, { password: '' })).toEqual({})
    expect(edit(passwordUser, { password: 'n3w' })).toEqual({ password: 'n3w' })
    expect(edit(sslUser, { password: 'left-over' })).toEqual({})
    expect(
      requestOfValues({
        ...valuesOfUser(undefined),
        userName: 'U',
        authenticationMethod: 'User Name and Password',
        password: 's3cret',
      }),
    ).toEqual({ userName: 'U', authenticationMethod: 'User Name and Password', password: 's3cret' })
  })
})
