import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ClientCertificatesPage } from './pages/client-certificates-page'
import { CommunicationSystemsPage } from './pages/communication-systems-page'
import { ExternalSystemsPage } from './pages/external-systems'
import { SapTrustCenterPage } from './pages/sap-trust-center'
import { ShellBarPage } from './pages/shell-bar'
import { TimeTravelDialogPage } from './pages/time-travel-dialog'
import { startScenario } from './support/seed-steps'

// Issue 12's lesson, both ways, from Before issuance (Jan 25, 2027), through the screens:
// an external system that trusts the issuer needs SAP's root once; one that pins needs every new default.

const ROOT = 'SAP Cloud Root CA (simulated)'
const INTERMEDIATE = 'SAP PKI Certificate Service Client CA (simulated)'

// Scenario building (RSA keys) and a clock move through the rotation take a while on two cores.
test.describe.configure({ timeout: 90_000 })

async function travelTo(page: Parameters<typeof startScenario>[0], typed: string) {
  await new ShellBarPage(page).openTimeTravel()
  const timeTravel = new TimeTravelDialogPage(page)
  await timeTravel.goToDate(typed)
  await expect(timeTravel.summary).toBeVisible()
  await timeTravel.close()
}

test('an external system that trusts issuers: upload SAP Cloud Root CA once, and the rotation passes without touching it', async ({
  page,
}) => {
  await startScenario(page, 'before-issuance')

  // SAP Trust Center: the root and the intermediate, as an administrator downloads them.
  const trustCenter = new SapTrustCenterPage(page)
  await trustCenter.goto()
  const rootPem = await trustCenter.text(await trustCenter.download(ROOT, 'pem'))
  const intermediatePem = await trustCenter.text(await trustCenter.download(INTERMEDIATE, 'pem'))

  // Maintain Client Certificates: the export holds the client certificate alone, and it chains to SAP's root.
  const certificates = new ClientCertificatesPage(page)
  await certificates.goto()
  await certificates.open('Client Default')
  const leafPem = await certificates.exportPem()
  expect(leafPem.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(1)
  const folder = mkdtempSync(join(tmpdir(), 'rotation-lab-trust-'))
  writeFileSync(join(folder, 'sap-ca.pem'), rootPem + intermediatePem)
  writeFileSync(join(folder, 'leaf.pem'), leafPem)
  writeFileSync(join(folder, 'root.pem'), rootPem)
  // Checked on the simulated day, so the result does not depend on the wall clock.
  const attime = String(Date.UTC(2027, 0, 25, 12) / 1000)
  const verified = execFileSync(
    'openssl',
    ['verify', '-attime', attime, '-CAfile', 'sap-ca.pem', 'leaf.pem'],
    { cwd: folder, encoding: 'utf8' },
  )
  expect(verified.trim()).toBe('leaf.pem: OK')
  // Without the intermediate (the export does not carry it) openssl cannot build the chain.
  expect(() =>
    execFileSync('openssl', ['verify', '-attime', attime, '-CAfile', 'root.pem', 'leaf.pem'], {
      cwd: folder,
      stdio: 'pipe',
    }),
  ).toThrow()

  // Before the upload: the master data hub works today but is predicted to fail after the rotation.
  const systems = new CommunicationSystemsPage(page)
  await systems.openList()
  await systems.openSystem('MDG-HUB')
  await systems.openOutboundUser('BTP_MDG_REPLICATION')
  await expect(systems.dialog).toContainText('After the rotation on Mar 1, 2027: 401 Unauthorized')
  await systems.closeDialog()

  // External Systems: mdg.example.com trusts issuers but lacks the root; upload the downloaded file.
  const externalSystems = new ExternalSystemsPage(page)
  await externalSystems.open('mdg.example.com')
  await expect(externalSystems.noCaNotice).toBeVisible()
  await externalSystems.uploadFile({
    name: 'sap-cloud-root-ca.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from(rootPem),
  })
  await expect(externalSystems.uploadResult).toContainText(ROOT)
  await externalSystems.closeUploadDialog()
  await expect(externalSystems.noCaNotice).toBeHidden()

  // Past the issuance and the rotation, without touching the master data hub again.
  await travelTo(page, 'Mar 2, 2027')
  await systems.openList()
  await systems.openSystem('MDG-HUB')
  await systems.checkConnection('BTP_MDG_REPLICATION')
  await expect(systems.connectionResult).toContainText('200 OK')
  await expect(systems.connectionResult).toContainText(
    `mdg.example.com trusts ${ROOT}; Client Default chains to it.`,
  )
})

test('an external system that pins certificates: nobody acts, and the rotation breaks it with 401 or 403', async ({
  page,
}) => {
  await startScenario(page, 'before-issuance')
  const systems = new CommunicationSystemsPage(page)
  await systems.openList()
  await systems.openSystem('SFSF-EC')
  await systems.openOutboundUser('BTP_HR_REPLICATION')
  // Before the issuance the next default does not exist yet: no pinning system can know it.
  await expect(systems.dialog).toContainText('After the rotation on Mar 1, 2027: 403 Forbidden')
  await expect(systems.dialog).toContainText('the Client Default it issues on Feb 1, 2027')
  await systems.closeDialog()

  await travelTo(page, 'Mar 2, 2027')
  await systems.openList()
  await systems.openSystem('SFSF-EC')
  await systems.checkConnection('BTP_HR_REPLICATION')
  await expect(systems.connectionResult).toContainText('403 Forbidden')
  await expect(systems.connectionResult).toContainText(
    'api.successfactors.example.com pins certificates and does not know Client Default',
  )
})
