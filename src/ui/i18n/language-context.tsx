import {
  createContext,
  use,
  useCallback,
  useContext,
  useMemo,
  useState,
  useTransition,
  type ReactNode,
} from 'react'
import { formatNumber } from '../format'
import { applyLanguage, rememberLanguage } from './apply-language'
import { localeOf, type LanguageId } from './languages'
import { textsFrom, type TextBundle, type Texts } from './text-bundle'

interface LanguageState {
  language: LanguageId
  /** Switches the whole page once every text of `language` is loaded, and remembers the choice. */
  chooseLanguage: (language: LanguageId) => void
  /** True while a switch is loading its texts. */
  switching: boolean
}

const LanguageContext = createContext<LanguageState | null>(null)

/** Provides the page's language; `initial` was applied (loaded) before the first render. */
export function LanguageProvider({
  initial,
  children,
}: {
  initial: LanguageId
  children: ReactNode
}) {
  const [language, setLanguageState] = useState(initial)
  const [switching, startSwitch] = useTransition()
  const chooseLanguage = useCallback((next: LanguageId) => {
    rememberLanguage(next)
    startSwitch(async () => {
      await applyLanguage(next)
      startSwitch(() => setLanguageState(next))
    })
  }, [])
  const value = useMemo(
    () => ({ language, chooseLanguage, switching }),
    [language, chooseLanguage, switching],
  )
  return <LanguageContext value={value}>{children}</LanguageContext>
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext)
  if (!state) throw new Error('useLanguage needs a LanguageProvider above it')
  return state
}

/**
 * The texts of `bundle` in the page's language. A bundle whose language is not loaded yet (an app
 * opened for the first time in German) suspends until it is: the nearest Suspense shows meanwhile.
 */
export function useTexts(bundle: TextBundle): Texts {
  const { language } = useLanguage()
  const table = bundle.loaded(language) ?? use(bundle.load(language))
  return useMemo(
    () => textsFrom(table, bundle.english, localeOf(language), formatNumber),
    [table, bundle, language],
  )
}
