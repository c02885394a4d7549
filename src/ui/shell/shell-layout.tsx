import { ShellBar, ShellBarBranding } from '@ui5/webcomponents-react'
import { Outlet } from 'react-router'
import logoUrl from '../logo.svg'
import './shell-layout.css'

/** The frame every app lives in: the ShellBar (its branding leads home) above the current screen. */
export function ShellLayout() {
  return (
    <div className="shell">
      <ShellBar
        secondaryTitle="SAP BTP ABAP environment — simulated"
        branding={
          <ShellBarBranding href="#/" accessibleName="Rotation Lab, go to Home" logo={<img src={logoUrl} alt="" />}>
            Rotation Lab
          </ShellBarBranding>
        }
      />
      <div className="shell__content">
        <Outlet />
      </div>
    </div>
  )
}
