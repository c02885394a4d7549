import { Route, Routes } from 'react-router'
import { TrustCenterPage } from './trust-center-page'
import './sap-trust-center.css'

/** One screen below `#/SapTrustCenter-display/`: the published CA certificates. */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<TrustCenterPage />} />
    </Routes>
  )
}
