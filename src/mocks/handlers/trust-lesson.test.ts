import { beforeEach, describe, expect, it } from 'vitest'
import { checkConnectionResponse } from '../../api/contracts/communication-systems'
import { externalSystem, uploadResult } from '../../api/contracts/external-systems'
import { api, resetTo, startApiServer } from '../testing/api-server'
import { sapCaFiles } from '../testing/sap-chain'

const { backend } = startApiServer()

// Issue 12's lesson, from Before issuance: an external system that trusts issuers survives the
// rotation untouched once it holds SAP Cloud Root CA; one that pins certificates breaks.

const afterRotation = '2027-03-02'
const root = /SAP Cloud Root CA \(simulated\)/

async function check(systemId: string, userName: string) {
  const { body: system } = await api(`communication-systems/${systemId}`)
  const user = system.outboundUsers.find((u: { userName: string }) => u.userName === userName)
  const { status, body } = await api(
    `communication-systems/${systemId}/outbound-users/${user.id}/check-connection`,
    { method: 'POST' },
  )
  expect(status).toBe(200)
  return checkConnectionResponse.parse(body)
}

async function advanceTo(to: string) {
  const { status } = await api('clock/advance', { method: 'POST', body: { to } })
  expect(status).toBe(200)
}

// Jumping past the issuance makes a key pair for the new Client Default: slow on a busy machine.
const slow = { timeout: 30_000 }

beforeEach(() => resetTo('before-issuance'), slow.timeout)

describe('the rotation at an external system that trusts issuers', slow, () => {
  it('holding the uploaded SAP Cloud Root CA, accepts the new Client Default nobody uploaded', async () => {
    const sap = await sapCaFiles(backend)
    // The root as an administrator gets it: downloaded from the SAP Trust Center, uploaded as it is.
    const download = await api('sap-trust-center/certificates/sap-cloud-root-ca/export?format=der')
    expect(download.status).toBe(200)
    const upload = await api('external-systems/mdg.example.com/trusted-certificates', {
      method: 'POST',
      body: new Uint8Array(download.body as ArrayBuffer),
    })
    expect(upload.status).toBe(200)
    expect(uploadResult.parse(upload.body).trusted).toEqual([sap.rootFingerprint])
    await advanceTo(afterRotation)
    const result = await check('MDG-HUB', 'BTP_MDG_REPLICATION')
    expect(result).toMatchObject({
      status: 200,
      reason: 'issuer-trusted',
      trustMode: 'TrustedIssuer',
      host: 'mdg.example.com',
      certificate: { id: 'default-2027-02-01', description: 'Client Default' },
    })
    expect(result.detail?.subject).toMatch(root)
    expect(result.message).toMatch(root)
    expect(result.message).toMatch(/^Connected: mdg\.example\.com trusts .+; Client Default chains/)
    // The external system's access log says the same, in the same words.
    const log = externalSystem.parse((await api('external-systems/mdg.example.com')).body)
    expect(log.connectionLog[0]).toMatchObject({
      date: afterRotation,
      userName: 'BTP_MDG_REPLICATION',
      status: 200,
      reason: 'issuer-trusted',
      detail: { subject: result.detail?.subject },
      message: result.message,
    })
  })

  it('without the root, refuses the new Client Default with 401 and names the root to upload', async () => {
    await advanceTo(afterRotation)
    const result = await check('MDG-HUB', 'BTP_MDG_REPLICATION')
    expect(result).toMatchObject({
      status: 401,
      reason: 'issuer-not-trusted',
      trustMode: 'TrustedIssuer',
      certificate: { id: 'default-2027-02-01' },
    })
    expect(result.detail?.subject).toMatch(root)
    expect(result.message).toMatch(/upload .*SAP Cloud Root CA \(simulated\).* from the SAP Trust/)
  })

  it('at S/4HANA Finance, which holds the root from the start, both users connect after it', async () => {
    await advanceTo(afterRotation)
    for (const userName of ['BTP_FIN_POSTING', 'BTP_FIN_MASTERDATA']) {
      const result = await check('S4H-FIN-PRD', userName)
      expect(result).toMatchObject({ status: 200, reason: 'issuer-trusted' })
      expect(result.certificate.id).toBe('default-2027-02-01')
    }
  })
})

describe('the rotation at an external system that pins certificates', slow, () => {
  it.each([
    ['SFSF-EC', 'BTP_HR_REPLICATION', 403],
    ['BANK-EBICS', 'BTP_PAYMENT_RUN', 401],
  ])('with nobody acting, %s answers %s with its code', async (systemId, userName, code) => {
    await advanceTo(afterRotation)
    const result = await check(systemId, userName)
    expect(result).toMatchObject({
      status: code,
      reason: 'certificate-not-trusted',
      trustMode: 'PinnedCertificate',
      certificate: { id: 'default-2027-02-01' },
    })
    expect(result.message).toMatch(/pins certificates and does not know Client Default/)
  })
})
