import type { DistinguishedName } from '../../../api/contracts/client-certificates'

/** SAP's field names for the parts of a distinguished name (text keys), in the order its screens list them. */
export const subjectParts: { key: keyof DistinguishedName; label: string }[] = [
  { key: 'CN', label: 'general.commonName' },
  { key: 'OU', label: 'general.organizationalUnit' },
  { key: 'O', label: 'general.organization' },
  { key: 'C', label: 'general.country' },
  { key: 'L', label: 'general.locality' },
  { key: 'ST', label: 'general.stateOrProvince' },
]
