import { Avatar } from '@ui5/webcomponents-react'
import { useUiTexts } from '../i18n/ui-texts'

/**
 * The ShellBar's profile: the simulated administrator's initials, opening the user menu
 * (`user-menu.tsx`, loaded when first opened). The ShellBar hands its slot name down as a prop, so
 * it must reach the Avatar.
 */
export function UserMenuAvatar(props: { slot?: string }) {
  const t = useUiTexts()
  return <Avatar {...props} initials="AD" accessibleName={t('userMenu.avatar')} />
}
