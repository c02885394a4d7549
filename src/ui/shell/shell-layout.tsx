import '@ui5/webcomponents-icons/dist/action-settings.js'
import '@ui5/webcomponents-icons/dist/history.js'
import { ShellBar, ShellBarItem } from '@ui5/webcomponents-react'
import { lazy, Suspense, useEffect, useState } from 'react'
import { Outlet, useNavigate } from 'react-router'
import { LinkConfirmation } from '../checkpoints/link-confirmation'
import { useUiTexts } from '../i18n/ui-texts'
import { useOpenedOnce } from '../lazy/use-opened-once'
import logoUrl from '../logo.svg'
import { FaultNotice } from '../simulation-settings/fault-notice'
import { BackendChangeListener } from './backend-change-listener'
import { useFocusOnNavigation } from './focus-on-navigation'
import { SimulationClockButton } from './simulation-clock-button'
import { StoreRecovery } from './store-recovery'
import { prefetchTimeTravel, TimeTravel } from './time-travel'
import { useUnseenCount } from './use-unseen-count'
import { UserMenuAvatar } from './user-menu-avatar'
import './shell-layout.css'

// The ShellBar's popovers and dialogs are loaded when first opened: their UI5 components (the
// notification list, the user menu, Simulation Settings' form with its zod-typed defaults) are not
// needed to show the launchpad (docs/performance.md, "Web performance budget").
const RotationNotifications = lazy(() =>
  import('./rotation-notifications').then((m) => ({ default: m.RotationNotifications })),
)
const ShellUserMenu = lazy(() => import('./user-menu').then((m) => ({ default: m.ShellUserMenu })))
const CheckpointsDialog = lazy(() =>
  import('../checkpoints/checkpoints-dialog').then((m) => ({ default: m.CheckpointsDialog })),
)
const SimulationSettingsDialog = lazy(() =>
  import('../simulation-settings/simulation-settings-dialog').then((m) => ({
    default: m.SimulationSettingsDialog,
  })),
)

/** After the first screen, when the browser is idle: Time travel opens without waiting for its code. */
function usePrefetchWhenIdle(prefetch: () => void) {
  useEffect(() => {
    let idle: number | undefined
    const timer = window.setTimeout(() => {
      if ('requestIdleCallback' in window)
        idle = window.requestIdleCallback(prefetch, { timeout: 5_000 })
      else prefetch()
    }, 3_000)
    return () => {
      window.clearTimeout(timer)
      if (idle !== undefined) window.cancelIdleCallback(idle)
    }
  }, [prefetch])
}

/** The frame every app lives in: the ShellBar (logo and title lead home, the simulated clock) above the current screen. */
export function ShellLayout() {
  const navigate = useNavigate()
  const t = useUiTexts()
  const [notificationsOpener, setNotificationsOpener] = useState<HTMLElement | null>(null)
  const { unseen, markAllSeen } = useUnseenCount()
  const [timeTravelOpen, setTimeTravelOpen] = useState(false)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [checkpointsOpen, setCheckpointsOpen] = useState(false)
  const checkpointsMounted = useOpenedOnce(checkpointsOpen)
  const [userMenuOpener, setUserMenuOpener] = useState<HTMLElement | null>(null)
  const notificationsMounted = useOpenedOnce(notificationsOpener !== null)
  const userMenuMounted = useOpenedOnce(userMenuOpener !== null)
  const settingsMounted = useOpenedOnce(settingsOpen)
  usePrefetchWhenIdle(prefetchTimeTravel)
  return (
    <div className="shell">
      <BackendChangeListener />
      <StoreRecovery />
      <LinkConfirmation />
      <ShellBar
        primaryTitle={t('shell.productName')}
        secondaryTitle={t('shell.secondaryTitle')}
        logo={<img src={logoUrl} alt="" className="shell__logo" />}
        accessibilityAttributes={{
          logo: { name: t('shell.logo') },
          profile: { name: t('userMenu.avatar'), hasPopup: 'menu' },
        }}
        onLogoClick={() => navigate('/')}
        content={
          <SimulationClockButton
            onOpen={() => setTimeTravelOpen(true)}
            onIntent={prefetchTimeTravel}
          />
        }
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
          icon="history"
          text={t('shell.checkpoints')}
          onClick={() => setCheckpointsOpen(true)}
        />
        <ShellBarItem
          icon="action-settings"
          text={t('shell.simulationSettings')}
          onClick={() => setSettingsOpen(true)}
        />
      </ShellBar>
      <Suspense>
        {userMenuMounted && (
          <ShellUserMenu opener={userMenuOpener} onClose={() => setUserMenuOpener(null)} />
        )}
      </Suspense>
      <FaultNotice onOpenSettings={() => setSettingsOpen(true)} />
      <Suspense>
        {settingsMounted && (
          <SimulationSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
        )}
      </Suspense>
      <Suspense>
        {checkpointsMounted && (
          <CheckpointsDialog open={checkpointsOpen} onClose={() => setCheckpointsOpen(false)} />
        )}
      </Suspense>
      <TimeTravel open={timeTravelOpen} onClose={() => setTimeTravelOpen(false)} />
      <Suspense>
        {notificationsMounted && (
          <RotationNotifications
            opener={notificationsOpener}
            onClose={() => setNotificationsOpener(null)}
          />
        )}
      </Suspense>
      <div className="shell__content" ref={useFocusOnNavigation()}>
        {/* An app opened for the first time in German waits here for its texts; the ShellBar stays. */}
        <Suspense>
          <Outlet />
        </Suspense>
      </div>
    </div>
  )
}
