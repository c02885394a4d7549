import { IllustratedMessage } from '@ui5/webcomponents-react'
import '@ui5/webcomponents-fiori/dist/illustrations/NoData.js'
import { useUiTexts } from '../i18n/ui-texts'

/**
 * The launchpad without any registered app. Its own module, loaded lazily by the launchpad: the
 * illustration is ~26 kB gzip that the home page would otherwise load on every start for a state
 * the product never shows.
 */
export function EmptyLaunchpad() {
  const t = useUiTexts()
  return (
    <IllustratedMessage
      name="NoData"
      titleText={t('launchpad.empty.title')}
      subtitleText={t('launchpad.empty.subtitle')}
    />
  )
}
