import english from './i18n.properties?raw'
import { useTexts } from './language-context'
import { defineTextBundle } from './text-bundle'

/** The shell's texts: ShellBar, launchpad, user menu, clock, notifications, errors, simulation settings. */
export const uiTexts = defineTextBundle(english, {
  de: () => import('./i18n_de.properties?raw').then((module) => module.default),
})

export function useUiTexts() {
  return useTexts(uiTexts)
}
