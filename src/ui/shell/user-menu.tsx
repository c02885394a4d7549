import {
  Avatar,
  UserMenu,
  UserMenuAccount,
  UserMenuItem,
  UserMenuItemGroup,
} from '@ui5/webcomponents-react'
import '@ui5/webcomponents-icons/dist/palette.js'
import { useState } from 'react'
import { chooseTheme, currentTheme } from '../theme/apply-theme'
import { isThemeId, themes } from '../theme/theme-preference'

/**
 * The ShellBar's profile: the simulated administrator's initials, opening the user menu. The
 * ShellBar hands its slot name down as a prop, so it must reach the Avatar.
 */
export function UserMenuAvatar(props: { slot?: string }) {
  return <Avatar {...props} initials="AD" accessibleName="User menu" />
}

/**
 * The user menu: the simulated administrator and the Theme choice (remembered across visits).
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
  return (
    <UserMenu
      open={opener !== null}
      opener={opener ?? undefined}
      onClose={onClose}
      accounts={<UserMenuAccount titleText="Administrator" subtitleText="Simulated user" avatarInitials="AD" />}
      footer={<div />}
      onItemClick={(event) => {
        const chosen = event.detail.item.dataset.theme
        if (isThemeId(chosen)) {
          setThemeState(chosen)
          void chooseTheme(chosen)
        }
      }}
    >
      <UserMenuItem text="Theme" icon="palette">
        <UserMenuItemGroup checkMode="Single">
          {themes.map((option) => (
            <UserMenuItem
              key={option.id}
              text={option.name}
              data-theme={option.id}
              checked={option.id === theme}
            />
          ))}
        </UserMenuItemGroup>
      </UserMenuItem>
    </UserMenu>
  )
}
