import { Route, Routes } from 'react-router'
import { ArrangementListPage } from './list/arrangement-list-page'
import { ArrangementObjectPage } from './object/arrangement-object-page'

/** The app's screens under `#/CommunicationArrangement-maintain/`: the list report and one arrangement. */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<ArrangementListPage />} />
      <Route path=":name" element={<ArrangementObjectPage />} />
    </Routes>
  )
}
