import english from './i18n/connection.properties?raw'
import { useTexts } from '../i18n/language-context'
import { defineTextBundle } from '../i18n/text-bundle'

/** The words of connection outcomes and trust modes, shared by every app that shows them. */
export const connectionTexts = defineTextBundle(english, {
  de: () => import('./i18n/connection_de.properties?raw').then((module) => module.default),
})

export function useConnectionTexts() {
  return useTexts(connectionTexts)
}
