import {
  UserMenu,
  UserMenuAccount,
  UserMenuItem,
  UserMenuItemGroup,
} from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/palette.js'
import '@ui5/webcomponents-icons/dist/globe.js'
import { useState } from 'react'
import { useLanguage } from '../i18n/language-context'
import { isLanguageId, languages } from '../i18n/languages'
import { useUiTexts } from '../i18n/ui-texts'
import { chooseTheme, currentTheme } from '../theme/apply-theme'
import { isThemeId, themes, type ThemeId } from '../theme/theme-preference'

/** The themes under the names SAP gives them in the user's language. */
const themeNameKeys: Record<ThemeId, string> = {
  sap_horizon: 'userMenu.theme.horizon',
  sap_horizon_dark: 'userMenu.theme.horizonDark',
  sap_horizon_hcb: 'userMenu.theme.highContrastBlack',
}

/**
 * The user menu: the simulated administrator, the Theme and the Language choice (both remembered
 * across visits; a language is named in itself, so "Deutsch" reads the same in every language).
 * There is no real sign-in, so the footer's Sign Out is replaced by nothing.
 */
export function ShellUserMenu({
  opener,
  onClose,
}: {
  opener: HTMLElement | null
  onClose: () => void
}) {
  const [theme, setThemeState] = useState(currentTheme)
  const { language, chooseLanguage } = useLanguage()
  const t = useUiTexts()
  return (
    <UserMenu
      open={opener !== null}
      opener={opener ?? undefined}
      onClose={onClose}
      accounts={
        <UserMenuAccount
          titleText={t('userMenu.account')}
          subtitleText={t('userMenu.accountSubtitle')}
          avatarInitials="AD"
        />
      }
      footer={<div />}
      onItemClick={(event) => {
        const { theme: chosenTheme, language: chosenLanguage } = event.detail.item.dataset
        if (isThemeId(chosenTheme)) {
          setThemeState(chosenTheme)
          void chooseTheme(chosenTheme)
        }
        if (isLanguageId(chosenLanguage)) chooseLanguage(chosenLanguage)
      }}
    >
      <UserMenuItem text={t('userMenu.theme')} icon="palette">
        <UserMenuItemGroup checkMode="Single">
          {themes.map((option) => (
            <UserMenuItem
              key={option.id}
              text={t(themeNameKeys[option.id])}
              data-theme={option.id}
              checked={option.id === theme}
            />
          ))}
        </UserMenuItemGroup>
      </UserMenuItem>
      <UserMenuItem text={t('userMenu.language')} icon="globe">
        <UserMenuItemGroup checkMode="Single">
          {languages.map((option) => (
            <UserMenuItem
              key={option.id}
              text={option.name}
              lang={option.id}
              data-language={option.id}
              checked={option.id === language}
            />
          ))}
        </UserMenuItemGroup>
      </UserMenuItem>
    </UserMenu>
  )
}
