import { Route, Routes } from 'react-router'
import { CockpitPage } from './cockpit-page'

/** The cockpit is one screen; its filters live in the URL's query so a view can be shared. */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<CockpitPage />} />
    </Routes>
  )
}
