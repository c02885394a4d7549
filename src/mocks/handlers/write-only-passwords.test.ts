import { beforeEach, describe, expect, it } from 'vitest'
import { communicationSystem } from '../../api/contracts/communication-systems'
import { hashPassword } from '../backend/password-hash'
import { api, apiBase, resetTo, startApiServer } from '../testing/api-server'

const { backend, checkpoints } = startApiServer()

// A password for User Name and Password is write-only: no answer of the API carries it, and the
// simulated system keeps only a salted hash — in its state, its change log, a checkpoint and an export.

const secret = 'Correct-Horse-7-Battery'
const secondSecret = 'Staple-8-Orbit'
const users = (systemId: string) => `communication-systems/${systemId}/outbound-users`
const write = (path: string, method: string, body: unknown) =>
  api(path, { method, headers: { 'If-Match': '*' }, body })

/** Every place a password could end up: the stored system (state and change log) and an export file. */
async function everywhere(): Promise<string> {
  const stored = JSON.stringify(await backend.read())
  const exported = await (await fetch(`${apiBase}simulation/export`)).text()
  const changes = JSON.stringify((await api('communication-systems/ARCHIVE-LEGACY/changes')).body)
  return [stored, exported, changes].join('\n')
}

beforeEach(() => resetTo('halfway'), 30_000)

describe('the password of a User Name and Password user', () => {
  it('is answered by passwordSet only, and stored nowhere in clear', async () => {
    const added = await write(users('ARCHIVE-LEGACY'), 'POST', {
      userName: 'BTP_ARCHIVE_READ',
      authenticationMethod: 'User Name and Password',
      password: secret,
    })
    expect(added.status).toBe(201)
    const user = communicationSystem
      .parse(added.body)
      .outboundUsers.find((u) => u.userName === 'BTP_ARCHIVE_READ')
    expect(user).toMatchObject({ passwordSet: true })
    expect(JSON.stringify(added.body)).not.toContain(secret)
    const read = await api('communication-systems/ARCHIVE-LEGACY')
    expect(JSON.stringify(read.body)).not.toMatch(/password(Hash)?"\s*:\s*"/)

    const stored = await backend.read()
    const storedUser = stored.state.systems
      .find((s) => s.systemId === 'ARCHIVE-LEGACY')
      ?.outboundUsers.find((u) => u.id === user?.id)
    // A salted hash, not the password; the same password with another salt hashes differently.
    expect(storedUser?.passwordHash).toMatch(/^sha256:[0-9a-f]{32}:[0-9a-f]{64}$/)
    const [, salt] = storedUser!.passwordHash!.split(':')
    expect(storedUser?.passwordHash).toBe(await hashPassword(secret, salt))
    expect(await hashPassword(secret)).not.toBe(storedUser?.passwordHash)
    expect(await everywhere()).not.toContain(secret)
    expect(await checkpoints.save('with a password')).toMatchObject({ ok: true })
    expect(JSON.stringify(await checkpoints.restore('with a password'))).not.toContain(secret)
  })

  it('is needed for a new user, kept by a change that leaves it out, replaced by one that gives it', async () => {
    const missing = await write(users('ARCHIVE-LEGACY'), 'POST', {
      userName: 'BTP_NO_PASSWORD',
      authenticationMethod: 'User Name and Password',
    })
    expect(missing.status).toBe(400)
    expect(missing.body.error.details).toEqual([
      { field: 'password', message: 'Enter a Password.' },
    ])
    const notForCertificates = await write(users('ARCHIVE-LEGACY'), 'POST', {
      userName: 'BTP_SSL',
      authenticationMethod: 'SSL Client Certificate',
      clientCertificateId: 'default-2027-02-01',
      password: secret,
    })
    expect(notForCertificates.status).toBe(400)
    expect(notForCertificates.body.error.details[0].field).toBe('password')

    const system = communicationSystem.parse(
      (await api('communication-systems/ARCHIVE-LEGACY')).body,
    )
    const user = system.outboundUsers.find((u) => u.userName === 'BTP_ARCHIVE_WRITE')!
    // The sample user has a password nobody knows.
    expect(user.passwordSet).toBe(true)
    const hashOf = async () =>
      (await backend.read()).state.systems
        .find((s) => s.systemId === 'ARCHIVE-LEGACY')
        ?.outboundUsers.find((u) => u.id === user.id)?.passwordHash
    const before = await hashOf()
    const renamed = await write(`${users('ARCHIVE-LEGACY')}/${user.id}`, 'PATCH', {
      userName: 'BTP_ARCHIVE_WRITER',
      password: '',
    })
    expect(renamed.status).toBe(200)
    expect(await hashOf()).toBe(before)
    const changed = await write(`${users('ARCHIVE-LEGACY')}/${user.id}`, 'PATCH', {
      password: secondSecret,
    })
    expect(changed.status).toBe(200)
    expect(JSON.stringify(changed.body)).not.toContain(secondSecret)
    expect(await hashOf()).not.toBe(before)
    const changes = await api('communication-systems/ARCHIVE-LEGACY/changes')
    const record = changes.body.items.find((r: { field?: string }) => r.field === 'Password')
    expect(record).toMatchObject({ objectId: user.id })
    expect(record).not.toHaveProperty('newValue')
    expect(await everywhere()).not.toContain(secondSecret)
  })

  it('a user switched to User Name and Password needs one; switched away, it loses it', async () => {
    const system = communicationSystem.parse((await api('communication-systems/CRM-SALES')).body)
    const ssl = system.outboundUsers.find((u) => u.userName === 'BTP_ACCOUNT_SYNC')!
    const path = `${users('CRM-SALES')}/${ssl.id}`
    const refused = await write(path, 'PATCH', { authenticationMethod: 'User Name and Password' })
    expect(refused.status).toBe(400)
    expect(refused.body.error.details[0].field).toBe('password')
    const switched = await write(path, 'PATCH', {
      authenticationMethod: 'User Name and Password',
      password: secret,
    })
    const asPassword = communicationSystem
      .parse(switched.body)
      .outboundUsers.find((u) => u.id === ssl.id)
    expect(asPassword).toMatchObject({ passwordSet: true })
    expect(asPassword).not.toHaveProperty('clientCertificateId')
    const back = await write(path, 'PATCH', {
      authenticationMethod: 'SSL Client Certificate',
      clientCertificateId: 'default-2027-02-01',
    })
    const asCertificate = communicationSystem
      .parse(back.body)
      .outboundUsers.find((u) => u.id === ssl.id)
    expect(asCertificate).not.toHaveProperty('passwordSet')
    const stored = (await backend.read()).state.systems
      .find((s) => s.systemId === 'CRM-SALES')
      ?.outboundUsers.find((u) => u.id === ssl.id)
    expect(stored).not.toHaveProperty('passwordHash')
  })

  it('given with a new system, is hashed as well', async () => {
    const created = await api('communication-systems', {
      method: 'POST',
      body: {
        systemId: 'NEW-PW',
        systemName: 'New with password',
        hostName: 'new-pw.example.com',
        outboundUsers: [
          { userName: 'PW_USER', authenticationMethod: 'User Name and Password', password: secret },
        ],
      },
    })
    expect(created.status).toBe(201)
    expect(created.body.outboundUsers[0]).toMatchObject({ passwordSet: true })
    expect(await everywhere()).not.toContain(secret)
  })
})
