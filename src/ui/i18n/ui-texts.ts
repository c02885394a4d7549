import { useTexts } from './language-context'
import { uiTexts } from './ui-text-bundle'

/** The shell's texts in the page's language. */
export function useUiTexts() {
  return useTexts(uiTexts)
}
