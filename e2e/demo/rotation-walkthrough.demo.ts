import { expect, test } from './demo-fixtures'

// The seed's procedure (docs: default-client-certificate-renewal), done through the UI, from a
// landscape that runs on Client Default to a rotation that breaks nothing.
test('Default client certificate renewal, step by step', async ({ demo, certificates, external, systems, cockpit }) => {
  await demo.start({ scenario: 'before-issuance', screen: 'RotationCockpit-display' })
  await demo.step('Before issuance: every system runs on Client Default')
  await demo.travelToNextEvent('February 1: SAP issues a new Client Default')

  // 1. Export the new Client Default and upload it at each external system.
  await certificates.goto()
  await certificates.open('Client Default')
  const pem = await certificates.exportPem()
  await demo.step('Client Default exported as .pem')
  await external.openList()
  for (const host of await external.hosts()) {
    await external.open(host)
    await external.trust(pem)
    await demo.step(`Uploaded at ${host}`)
    await external.closeUploadDialog()
  }

  // 2. Switch every user on Client Default Expiring to Client Default, and check its connection.
  await systems.openList()
  await systems.filterByCertificate('Client Default Expiring')
  await demo.step('Systems that use Client Default Expiring')
  for (const systemId of await systems.systemIdsShown()) {
    await systems.openList()
    await systems.openSystem(systemId)
    for (const user of await systems.outboundUsersOn('Client Default Expiring')) {
      await systems.switchOutboundUser(user, 'Client Default')
      await systems.checkConnection(user)
      await expect(systems.connectionResult).toContainText('200 OK')
      await demo.step(`${systemId}: ${user} on Client Default, connection OK`)
      await systems.closeDialog()
    }
  }

  // 3. Nothing is left to do; on March 1 SAP removes the old certificate and nothing breaks.
  await cockpit.open()
  await expect(cockpit.count('Done')).toBeVisible()
  for (const left of ['Upload pending', 'Switch pending', 'Broken']) await expect(cockpit.count(left)).toHaveCount(0)
  await demo.step('Nothing left to do before the rotation')
  await demo.travelToNextEvent('March 1: the rotation')
  await expect(cockpit.count('OK')).toBeVisible()
  await expect(cockpit.count('Broken')).toHaveCount(0)
  await demo.step('After the rotation: every connection OK')
})
