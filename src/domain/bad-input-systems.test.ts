import { describe, it } from 'vitest'
import {
  PASSWORD_USER,
  S,
  SSL_USER,
  expectRefusal,
  type RefusalCase,
} from './testing/refusal-fixture'

// Clock moves, communication systems and their outbound users, refused.
const ssl = { userName: 'X', authenticationMethod: 'SSL Client Certificate' as const }

const cases: RefusalCase[] = [
  [
    'create a system with a taken id',
    () => ({ type: 'createSystem', system: { systemId: S, hostName: 'h' } }),
    'DuplicateSystemId',
    'systemId',
  ],
  [
    'create a system without id',
    () => ({ type: 'createSystem', system: { systemId: '  ', hostName: 'h' } }),
    'InvalidCommand',
    'systemId',
  ],
  [
    'create a system without host',
    () => ({ type: 'createSystem', system: { systemId: 'N', hostName: '' } }),
    'InvalidCommand',
    'hostName',
  ],
  [
    'create a system on port 0',
    () => ({ type: 'createSystem', system: { systemId: 'N', hostName: 'h', port: 0 } }),
    'InvalidCommand',
    'port',
  ],
  [
    'create a system on port 70000',
    () => ({ type: 'createSystem', system: { systemId: 'N', hostName: 'h', port: 70000 } }),
    'InvalidCommand',
    'port',
  ],
  [
    'create an SSL user without certificate',
    () => ({
      type: 'createSystem',
      system: { systemId: 'N', hostName: 'h', outboundUsers: [ssl] },
    }),
    'InvalidCommand',
    'clientCertificateId',
  ],
  [
    'create an SSL user with an unknown certificate',
    () => ({
      type: 'createSystem',
      system: {
        systemId: 'N',
        hostName: 'h',
        outboundUsers: [{ ...ssl, clientCertificateId: 'nope' }],
      },
    }),
    'UnknownCertificate',
    'clientCertificateId',
  ],
  [
    'create an SSL user with a removed certificate',
    () => ({
      type: 'createSystem',
      system: {
        systemId: 'N',
        hostName: 'h',
        outboundUsers: [{ ...ssl, clientCertificateId: 'default-2026-08-01' }],
      },
    }),
    'CertificateRemoved',
    'clientCertificateId',
  ],
  [
    'create an inbound-only system with outbound users',
    () => ({
      type: 'createSystem',
      system: {
        systemId: 'N',
        hostName: 'h',
        inboundOnly: true,
        outboundUsers: [{ userName: 'u', authenticationMethod: 'None' }],
      },
    }),
    'InvalidCommand',
    'outboundUsers',
  ],
  [
    'update an unknown system',
    () => ({ type: 'updateSystem', systemId: 'NOPE', changes: { port: 8443 } }),
    'UnknownSystem',
    'systemId',
  ],
  [
    'update with a stale version',
    () => ({ type: 'updateSystem', systemId: S, changes: { port: 8443 }, expectedVersion: 1 }),
    'VersionConflict',
    'expectedVersion',
  ],
  [
    'update with a text port',
    () => ({ type: 'updateSystem', systemId: S, changes: { port: '443' as unknown as number } }),
    'InvalidCommand',
    'port',
  ],
  [
    'make a system with outbound users inbound-only',
    () => ({ type: 'updateSystem', systemId: S, changes: { inboundOnly: true } }),
    'InvalidCommand',
    'inboundOnly',
  ],
  [
    'update inbound users with a bad method',
    () => ({
      type: 'updateSystem',
      systemId: S,
      changes: { inboundUsers: [{ userName: 'i', authenticationMethod: 'Magic' as never }] },
    }),
    'InvalidCommand',
    'inboundUsers',
  ],
  [
    'delete an unknown system',
    () => ({ type: 'deleteSystem', systemId: 'NOPE' }),
    'UnknownSystem',
    'systemId',
  ],
  [
    'add a user to an unknown system',
    () => ({
      type: 'addOutboundUser',
      systemId: 'NOPE',
      user: { userName: 'u', authenticationMethod: 'None' },
    }),
    'UnknownSystem',
    'systemId',
  ],
  [
    'add a user with an unknown method',
    () => ({
      type: 'addOutboundUser',
      systemId: S,
      user: { userName: 'u', authenticationMethod: 'Kerberos' as never },
    }),
    'InvalidCommand',
    'authenticationMethod',
  ],
  [
    'add a password user with a certificate',
    () => ({
      type: 'addOutboundUser',
      systemId: S,
      user: {
        userName: 'u',
        authenticationMethod: 'User Name and Password',
        clientCertificateId: 'default-2027-02-01',
      },
    }),
    'InvalidCommand',
    'clientCertificateId',
  ],
  [
    'add a user without name',
    () => ({
      type: 'addOutboundUser',
      systemId: S,
      user: { userName: '', authenticationMethod: 'None' },
    }),
    'InvalidCommand',
    'userName',
  ],
  [
    'update an unknown user',
    () => ({ type: 'updateOutboundUser', systemId: S, userId: 'nope', changes: { userName: 'x' } }),
    'UnknownUser',
    'userId',
  ],
  [
    'switch to a certificate removed by a rotation',
    () => ({
      type: 'updateOutboundUser',
      systemId: S,
      userId: SSL_USER,
      changes: { clientCertificateId: 'default-2026-08-01' },
    }),
    'CertificateRemoved',
    'clientCertificateId',
  ],
  [
    'switch to an unknown certificate',
    () => ({
      type: 'updateOutboundUser',
      systemId: S,
      userId: SSL_USER,
      changes: { clientCertificateId: 'nope' },
    }),
    'UnknownCertificate',
    'clientCertificateId',
  ],
  [
    'switch to SSL without certificate',
    () => ({
      type: 'updateOutboundUser',
      systemId: S,
      userId: PASSWORD_USER,
      changes: { authenticationMethod: 'SSL Client Certificate' },
    }),
    'InvalidCommand',
    'clientCertificateId',
  ],
  [
    'give a certificate to an OAuth user',
    () => ({
      type: 'updateOutboundUser',
      systemId: S,
      userId: SSL_USER,
      changes: { authenticationMethod: 'OAuth 2.0', clientCertificateId: 'default-2027-02-01' },
    }),
    'InvalidCommand',
    'clientCertificateId',
  ],
  [
    'delete an unknown user',
    () => ({ type: 'deleteOutboundUser', systemId: S, userId: 'nope' }),
    'UnknownUser',
    'userId',
  ],
]

describe('bad input: a typed error, the state untouched', () => {
  it.each(cases)('%s → %s', (...refusal) => expectRefusal(refusal))
})
