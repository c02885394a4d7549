import { expect, test } from './demo-fixtures'

// The seed's "What Happens If You Don't Act": nobody uploads Client Default or switches a user;
// on March 1 SAP migrates every user, and the external systems answer 401 or 403.
test('What happens if you don’t act', async ({ demo, systems, cockpit }) => {
  await demo.start({ scenario: 'new-certificate-issued', screen: 'RotationCockpit-display' })
  await expect(cockpit.count('Upload pending')).toBeVisible()
  await demo.step('February 1: a new Client Default, and nobody acts')
  await demo.travelToNextEvent('March 1: SAP migrates every user to Client Default')
  await expect(cockpit.count('Broken')).toBeVisible()
  await demo.step('The external systems do not trust Client Default: connections broken')

  const failures = [
    { systemId: 'S4H-FIN-PRD', user: 'BTP_FIN_POSTING', answer: '401 Unauthorized' },
    { systemId: 'ARIBA-PROC', user: 'BTP_PO_TRANSFER', answer: '403 Forbidden' },
  ]
  for (const { systemId, user, answer } of failures) {
    await systems.openList()
    await systems.openSystem(systemId)
    await systems.checkConnection(user)
    await expect(systems.connectionResult).toContainText(answer)
    await demo.step(`${systemId}: Check Connection of ${user} ends in ${answer}`)
    await systems.closeDialog()
  }
})
