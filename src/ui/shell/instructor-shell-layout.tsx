import { ShellBar } from '@ui5/webcomponents-react'
import { lazy, Suspense, useState } from 'react'
import { Outlet, useNavigate } from 'react-router'
import { useUiTexts } from '../i18n/ui-texts'
import { useOpenedOnce } from '../lazy/use-opened-once'
import logoUrl from '../logo.svg'
import { useFocusOnNavigation } from './focus-on-navigation'
import { UserMenuAvatar } from './user-menu-avatar'
import './shell-layout.css'

const ShellUserMenu = lazy(() => import('./user-menu').then((m) => ({ default: m.ShellUserMenu })))

/**
 * The frame of the lab server's instructor page: the same ShellBar and user menu (language, theme)
 * as a landscape's, without what belongs to one landscape — no simulated clock, notifications,
 * checkpoints or simulation settings (the page has no landscape of its own).
 */
export function InstructorShellLayout() {
  const navigate = useNavigate()
  const t = useUiTexts()
  const [userMenuOpener, setUserMenuOpener] = useState<HTMLElement | null>(null)
  const userMenuMounted = useOpenedOnce(userMenuOpener !== null)
  return (
    <div className="shell">
      <ShellBar
        primaryTitle={t('shell.productName')}
        secondaryTitle={t('shell.instructorTitle')}
        logo={<img src={logoUrl} alt="" className="shell__logo" />}
        accessibilityAttributes={{
          logo: { name: t('shell.logo') },
          profile: { name: t('userMenu.avatar'), hasPopup: 'menu' },
        }}
        onLogoClick={() => navigate('/')}
        profile={<UserMenuAvatar />}
        onProfileClick={(event) => setUserMenuOpener(event.detail.targetRef)}
      />
      <Suspense>
        {userMenuMounted && (
          <ShellUserMenu opener={userMenuOpener} onClose={() => setUserMenuOpener(null)} />
        )}
      </Suspense>
      <div className="shell__content" ref={useFocusOnNavigation()}>
        <Suspense>
          <Outlet />
        </Suspense>
      </div>
    </div>
  )
}
