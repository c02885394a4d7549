import { Route, Routes } from 'react-router'
import { ExternalSystemListPage } from './external-system-list-page'
import { ExternalSystemPage } from './external-system-page'

/** List report and object page, keyed by host name like the communication systems that call them. */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<ExternalSystemListPage />} />
      <Route path=":host" element={<ExternalSystemPage />} />
    </Routes>
  )
}
