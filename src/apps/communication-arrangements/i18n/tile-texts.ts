import english from './tile.properties?raw'
import { defineTextBundle } from '../../../ui/i18n/text-bundle'

/** The launchpad tile's texts: title, subtitle, figure. */
export const tileTexts = defineTextBundle(english, {
  de: () => import('./tile_de.properties?raw').then((module) => module.default),
})
