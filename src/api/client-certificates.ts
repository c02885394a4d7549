import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query'
import type {
  CertificateStatus,
  ClientCertificate,
  ClientCertificateSummary,
  CreateClientCertificateRequest,
  ExportFormat,
  ManagedBy,
  Pkcs12ImportRequest,
  ReplaceClientCertificateRequest,
  UpdateClientCertificateRequest,
} from './contracts/client-certificates'
import { ifMatch, requestFile, requestJson, withQuery } from './http-client'
import { queryKeys } from './query-keys'

export type CertificateFilter = {
  search?: string
  status?: CertificateStatus
  managedBy?: ManagedBy
}

/** The certificates listed in Maintain Client Certificates (removed ones are history, not listed). */
export const clientCertificatesQuery = (filter: CertificateFilter = {}) =>
  queryOptions({
    queryKey: [...queryKeys.clientCertificates, 'list', filter] as const,
    queryFn: async ({ signal }) =>
      (
        await requestJson<{ items: ClientCertificateSummary[] }>(
          withQuery('client-certificates', filter),
          { signal },
        )
      ).data.items,
  })

/** One certificate with its details and where it is used; a removed one fails with status 410. */
export const clientCertificateQuery = (id: string) =>
  queryOptions({
    queryKey: [...queryKeys.clientCertificates, 'detail', id] as const,
    queryFn: async ({ signal }) =>
      (
        await requestJson<ClientCertificate>(`client-certificates/${encodeURIComponent(id)}`, {
          signal,
        })
      ).data,
  })

/** Downloads one certificate in the chosen format: the file's bytes and its name. */
export function exportClientCertificate(id: string, format: ExportFormat) {
  return requestFile(`client-certificates/${encodeURIComponent(id)}/export?format=${format}`)
}

const certificatePath = (id: string) => `client-certificates/${encodeURIComponent(id)}`

/** Create: a new customer certificate as a signing request (the backend keeps the key). */
export async function createClientCertificate(request: CreateClientCertificateRequest) {
  const options = { method: 'POST', body: request } as const
  return (await requestJson<ClientCertificate>('client-certificates', options)).data
}

/** Download Signing Request: the PKCS #10 request as a .pem file. */
export function downloadSigningRequest(id: string) {
  return requestFile(`${certificatePath(id)}/signing-request`)
}

/** Upload Signed Certificate: the file as it is (PEM, DER, .p7b). */
export async function uploadSignedCertificate(id: string, file: Blob | Uint8Array) {
  const options = { method: 'POST', body: file } as const
  return (
    await requestJson<ClientCertificate>(`${certificatePath(id)}/signed-certificate`, options)
  ).data
}

/** Upload PKCS #12: the file as Base-64, its password and a description. */
export async function importPkcs12(request: Pkcs12ImportRequest) {
  const options = { method: 'POST', body: request } as const
  return (await requestJson<ClientCertificate>('client-certificates/pkcs12', options)).data
}

/** Replace: a new signing request, the same subject unless another is given. */
export async function replaceClientCertificate(id: string, subject?: ReplaceSubject) {
  const options = { method: 'POST', body: subject ? { subject } : {} } as const
  return (await requestJson<ClientCertificate>(`${certificatePath(id)}/replace`, options)).data
}

/** Description and Certificate Category; `version` is the one the user saw (412 when stale). */
export async function updateClientCertificate(
  id: string,
  version: number,
  changes: UpdateClientCertificateRequest,
) {
  const options = { method: 'PATCH', body: changes, headers: ifMatch(version) } as const
  return (await requestJson<ClientCertificate>(certificatePath(id), options)).data
}

export async function deleteClientCertificate(id: string) {
  await requestJson<void>(certificatePath(id), { method: 'DELETE' })
}

/** The simulated customer CA signs a request: the certificate and its root as one .pem file. */
export function signWithCustomerCa(csr: Blob | Uint8Array) {
  return requestFile('customer-ca/sign', { method: 'POST', body: csr })
}

/** *Customer Root CA (simulated)* as .pem, for an external system's trust store. */
export function downloadCustomerRoot() {
  return requestFile('customer-ca/certificate')
}

/**
 * Mutation options of the customer certificate writes: each invalidates the certificates (list and
 * details) and what a certificate change shows elsewhere (systems, arrangements, readiness, the audit log).
 */
export const clientCertificateMutations = {
  create: (client: QueryClient) =>
    mutationOptions({
      mutationFn: createClientCertificate,
      onSuccess: () => invalidateCertificates(client),
    }),
  uploadSigned: (client: QueryClient) =>
    mutationOptions({
      mutationFn: ({ id, file }: { id: string; file: Blob | Uint8Array }) =>
        uploadSignedCertificate(id, file),
      onSuccess: () => invalidateCertificates(client),
    }),
  importPkcs12: (client: QueryClient) =>
    mutationOptions({ mutationFn: importPkcs12, onSuccess: () => invalidateCertificates(client) }),
  replace: (client: QueryClient) =>
    mutationOptions({
      mutationFn: ({ id, subject }: { id: string; subject?: ReplaceSubject }) =>
        replaceClientCertificate(id, subject),
      onSuccess: () => invalidateCertificates(client),
    }),
  update: (client: QueryClient) =>
    mutationOptions({
      mutationFn: (input: {
        id: string
        version: number
        changes: UpdateClientCertificateRequest
      }) => updateClientCertificate(input.id, input.version, input.changes),
      onSuccess: () => invalidateCertificates(client),
    }),
  remove: (client: QueryClient) =>
    mutationOptions({
      mutationFn: deleteClientCertificate,
      onSuccess: () => invalidateCertificates(client),
    }),
}

type ReplaceSubject = ReplaceClientCertificateRequest['subject']

function invalidateCertificates(client: QueryClient) {
  const roots = [
    queryKeys.clientCertificates,
    queryKeys.communicationSystems,
    queryKeys.communicationArrangements,
    queryKeys.readiness,
    queryKeys.events,
  ]
  return Promise.all(roots.map((queryKey) => client.invalidateQueries({ queryKey })))
}
