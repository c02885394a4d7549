import english from './i18n.properties?raw'
import { useTexts } from '../../../ui/i18n/language-context'
import { defineTextBundle } from '../../../ui/i18n/text-bundle'

/** The app's screen texts (its tile has its own small bundle, `tile.properties`). */
export const appTexts = defineTextBundle(english, {
  de: () => import('./i18n_de.properties?raw').then((module) => module.default),
})

export function useAppTexts() {
  return useTexts(appTexts)
}
