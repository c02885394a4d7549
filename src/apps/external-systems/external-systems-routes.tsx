import { Route, Routes } from 'react-router'
import { CustomerCaPage } from './customer-ca/customer-ca-page'
import { ExternalSystemListPage } from './external-system-list-page'
import { ExternalSystemPage } from './external-system-page'

/**
 * List report and object page, keyed by host name like the communication systems that call them,
 * and the simulated customer CA.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<ExternalSystemListPage />} />
      {/* A fixed segment ranks above :host, and no host name is this word. */}
      <Route path="customer-root-ca" element={<CustomerCaPage />} />
      <Route path=":host" element={<ExternalSystemPage />} />
    </Routes>
  )
}
