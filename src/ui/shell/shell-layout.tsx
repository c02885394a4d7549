import { ShellBar } from '@ui5/webcomponents-react'
import { Outlet, useNavigate } from 'react-router'
import logoUrl from '../logo.svg'
import { BackendChangeListener } from './backend-change-listener'
import { StoreRecoveryDialog } from './store-recovery-dialog'
import './shell-layout.css'

/** The frame every app lives in: the ShellBar (logo and title lead home) above the current screen. */
export function ShellLayout() {
  const navigate = useNavigate()
  return (
    <div className="shell">
      <BackendChangeListener />
      <StoreRecoveryDialog />
      <ShellBar
        primaryTitle="Rotation Lab"
        secondaryTitle="SAP BTP ABAP environment — simulated"
        logo={<img src={logoUrl} alt="" className="shell__logo" />}
        accessibilityAttributes={{ logo: { name: 'Rotation Lab, go to Home' } }}
        onLogoClick={() => navigate('/')}
      />
      <div className="shell__content">
        <Outlet />
      </div>
    </div>
  )
}
