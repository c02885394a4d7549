import english from './i18n.properties?raw'
import { defineTextBundle } from './text-bundle'

/**
 * The shell's texts: ShellBar, launchpad, user menu, clock, notifications, errors, simulation settings.
 * Apart from its hook (ui-texts.ts) because applying a language loads it, and the hook's module
 * needs the language context, which applies languages: together they were an import cycle.
 */
export const uiTexts = defineTextBundle(english, {
  de: () => import('./i18n_de.properties?raw').then((module) => module.default),
})
