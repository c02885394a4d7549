import '@ui5/webcomponents-icons/dist/action-settings.js'
import { ShellBar, ShellBarItem } from '@ui5/webcomponents-react'
import { Suspense, useState } from 'react'
import { Outlet, useNavigate } from 'react-router'
import { useUiTexts } from '../i18n/ui-texts'
import logoUrl from '../logo.svg'
import { FaultNotice } from '../simulation-settings/fault-notice'
import { SimulationSettingsDialog } from '../simulation-settings/simulation-settings-dialog'
import { BackendChangeListener } from './backend-change-listener'
import { useFocusOnNavigation } from './focus-on-navigation'
import { RotationNotifications } from './rotation-notifications'
import { SimulationClockButton } from './simulation-clock-button'
import { StoreRecoveryDialog } from './store-recovery-dialog'
import { TimeTravel } from './time-travel'
import { useUnseenCount } from './use-unseen-count'
import { ShellUserMenu, UserMenuAvatar } from './user-menu'
import './shell-layout.css'

/** The frame every app lives in: the ShellBar (logo and title lead home, the simulated clock) above the current screen. */
export function ShellLayout() {
  const navigate = useNavigate()
  const t = useUiTexts()
  const [notificationsOpener, setNotificationsOpener] = useState<HTMLElement | null>(null)
  const { unseen, markAllSeen } = useUnseenCount()
  const [timeTravelOpen, setTimeTravelOpen] = useState(false)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [userMenuOpener, setUserMenuOpener] = useState<HTMLElement | null>(null)
  return (
    <div className="shell">
      <BackendChangeListener />
      <StoreRecoveryDialog />
      <ShellBar
        primaryTitle={t('shell.productName')}
        secondaryTitle={t('shell.secondaryTitle')}
        logo={<img src={logoUrl} alt="" className="shell__logo" />}
        accessibilityAttributes={{
          logo: { name: t('shell.logo') },
          profile: { name: t('userMenu.avatar'), hasPopup: 'menu' },
        }}
        onLogoClick={() => navigate('/')}
        content={<SimulationClockButton onOpen={() => setTimeTravelOpen(true)} />}
        showNotifications
        notificationsCount={unseen > 0 ? String(unseen) : undefined}
        onNotificationsClick={(event) => {
          event.preventDefault()
          setNotificationsOpener(event.detail.targetRef)
          markAllSeen()
        }}
        profile={<UserMenuAvatar />}
        onProfileClick={(event) => setUserMenuOpener(event.detail.targetRef)}
      >
        <ShellBarItem
          icon="action-settings"
          text={t('shell.simulationSettings')}
          onClick={() => setSettingsOpen(true)}
        />
      </ShellBar>
      <ShellUserMenu opener={userMenuOpener} onClose={() => setUserMenuOpener(null)} />
      <FaultNotice onOpenSettings={() => setSettingsOpen(true)} />
      <SimulationSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <TimeTravel open={timeTravelOpen} onClose={() => setTimeTravelOpen(false)} />
      <RotationNotifications
        opener={notificationsOpener}
        onClose={() => setNotificationsOpener(null)}
      />
      <div className="shell__content" ref={useFocusOnNavigation()}>
        {/* An app opened for the first time in German waits here for its texts; the ShellBar stays. */}
        <Suspense>
          <Outlet />
        </Suspense>
      </div>
    </div>
  )
}
