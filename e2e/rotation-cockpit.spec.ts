import { expect, test } from './fixtures'
import { RotationCockpitPage } from './pages/rotation-cockpit'
import { startScenario } from './support/simulation'

test('halfway through the overlap the cockpit shows counts, timeline and worklist', async ({
  page,
}) => {
  await startScenario(page, 'halfway', '#/RotationCockpit-display')
  const cockpit = new RotationCockpitPage(page)
  await expect(cockpit.heading).toBeVisible()
  await expect(cockpit.countdown).toHaveText('Rotation in 15 days')
  await expect(cockpit.count('Broken')).toBeVisible()
  await page.screenshot({ path: 'test-results/cockpit-halfway.png', fullPage: true })
})
