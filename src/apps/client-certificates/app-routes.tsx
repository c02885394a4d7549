import { Route, Routes } from 'react-router'
import { CertificateListPage } from './list/certificate-list-page'
import { CertificateObjectPage } from './object-page/certificate-object-page'
import './client-certificates.css'

/** The screens below `#/ClientCertificate-maintain/`: the list report and one certificate's object page. */
export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<CertificateListPage />} />
      <Route path=":certificateId" element={<CertificateObjectPage />} />
    </Routes>
  )
}
