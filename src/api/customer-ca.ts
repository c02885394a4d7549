import { queryOptions } from '@tanstack/react-query'
import type { CustomerCaCertificate, SignedByCustomerCa } from './contracts/customer-ca'
import { requestJson } from './http-client'
import { queryKeys } from './query-keys'

export { downloadCustomerRoot } from './client-certificates'

/** *Customer Root CA (simulated)*: subject, validity, fingerprint (made on the landscape's first use). */
export const customerRootQuery = () =>
  queryOptions({
    queryKey: [...queryKeys.customerCa, 'root'] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<CustomerCaCertificate>('customer-ca', { signal })).data,
  })

/**
 * Sign a Request: the customer CA signs a PKCS #10 request (PEM or DER) as it is. With `format=json`, the
 * answer holds the .pem to download and what the certificate says; a refusal is an ApiError with the
 * API's sentence.
 */
export async function signRequestWithCustomerCa(csr: Blob | Uint8Array) {
  const options = { method: 'POST', body: csr } as const
  return (await requestJson<SignedByCustomerCa>('customer-ca/sign?format=json', options)).data
}
