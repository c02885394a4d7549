import type { Page } from '@playwright/test'
import { expect } from '../fixtures'
import { backendStarted } from './backend-ready'

// Set-up for customer certificates through the simulated backend's API, run inside the page (the
// backend is its service worker): what Maintain Client Certificates' screens, an external CA or
// another administrator do meanwhile, for specs whose clicks are about something else.

interface Answer {
  status: number
  text: string
  etag: string | null
}

async function call(page: Page, path: string, init: RequestInit & { body?: string } = {}) {
  await backendStarted(page)
  return page.evaluate(
    async ({ path, init }): Promise<Answer> => {
      const response = await fetch(`api/${path}`, init)
      return {
        status: response.status,
        text: await response.text(),
        etag: response.headers.get('ETag'),
      }
    },
    { path, init },
  )
}

/** Create: a signing request for the subject; returns the new certificate's id. */
export async function createSigningRequest(
  page: Page,
  description: string,
  subject: { CN: string; O?: string; C?: string },
): Promise<string> {
  const created = await call(page, 'client-certificates', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ description, subject }),
  })
  expect(created.status, `create ${description}: ${created.text}`).toBe(201)
  return (JSON.parse(created.text) as { id: string }).id
}

/** Download Signing Request: the CSR's PEM text. */
export async function signingRequestPem(page: Page, id: string): Promise<string> {
  const csr = await call(page, `client-certificates/${encodeURIComponent(id)}/signing-request`)
  expect(csr.status, csr.text).toBe(200)
  return csr.text
}

/** Upload Signed Certificate: the file's text as it is. */
export async function uploadSignedCertificate(page: Page, id: string, pem: string) {
  const uploaded = await call(
    page,
    `client-certificates/${encodeURIComponent(id)}/signed-certificate`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-pem-file' },
      body: pem,
    },
  )
  expect(uploaded.status, uploaded.text).toBe(200)
}

/** Sets the Certificate Category, with the If-Match of the certificate's current ETag. */
export async function setCertificateCategory(page: Page, id: string, category: string) {
  const path = `client-certificates/${encodeURIComponent(id)}`
  const { etag } = await call(page, path)
  const patched = await call(page, path, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', 'If-Match': etag ?? '' },
    body: JSON.stringify({ category }),
  })
  expect(patched.status, patched.text).toBe(200)
}

/** The simulated customer CA signs a request (PEM text): its certificate and root, as PEM text. */
export async function signWithCustomerCa(page: Page, csr: string): Promise<string> {
  const signed = await call(page, 'customer-ca/sign', {
    method: 'POST',
    headers: { 'Content-Type': 'application/pkcs10' },
    body: csr,
  })
  expect(signed.status, `customer CA signs: ${signed.text}`).toBe(200)
  return signed.text
}

/** Gives an outbound user another Client Certificate, as an administrator in another tab would. */
export async function switchOutboundUser(
  page: Page,
  {
    systemId,
    userName,
    certificateId,
  }: { systemId: string; userName: string; certificateId: string },
): Promise<void> {
  const systemPath = `communication-systems/${encodeURIComponent(systemId)}`
  const read = await call(page, systemPath)
  const system = JSON.parse(read.text) as { outboundUsers: { id: string; userName: string }[] }
  const user = system.outboundUsers.find((each) => each.userName === userName)
  const patched = await call(page, `${systemPath}/outbound-users/${user?.id ?? 'none'}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', 'If-Match': read.etag ?? '' },
    body: JSON.stringify({ clientCertificateId: certificateId }),
  })
  expect(patched.status, `switch ${systemId}/${userName}: ${patched.text}`).toBe(200)
}
