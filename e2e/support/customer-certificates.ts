import { expect, type Page } from '@playwright/test'
import { backendStarted } from './backend-ready'

// What Maintain Client Certificates' screens do with a customer certificate, done through the API for
// specs that test other screens (the clicks of those screens are client-certificates.spec.ts's).

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
  subject: { CN: string; O?: string },
): Promise<string> {
  const created = await call(page, 'client-certificates', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ description, subject }),
  })
  expect(created.status, created.text).toBe(201)
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
