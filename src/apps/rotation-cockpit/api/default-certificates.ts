import { clientCertificatesQuery } from '../../../api/client-certificates'

/** SAP's default certificates: Client Default, and Client Default Expiring during the overlap. */
export const defaultCertificatesQuery = () => clientCertificatesQuery({ managedBy: 'SAP' })
