import english from './i18n.properties?raw'
import { useTexts } from '../../../ui/i18n/language-context'
import { defineTextBundle } from '../../../ui/i18n/text-bundle'

/** The instructor page's texts (it has no tile: the page is not on the launchpad). */
export const appTexts = defineTextBundle(english, {
  de: () => import('./i18n_de.properties?raw').then((module) => module.default),
})

export function useAppTexts() {
  return useTexts(appTexts)
}
