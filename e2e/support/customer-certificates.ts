import type { Page } from '@playwright/test'
import { expect } from '../fixtures'
import { backendStarted } from './backend-ready'

// Set-up for customer certificates through the simulated backend's API, run inside the page (the
// backend is its service worker): what an external CA or another administrator does meanwhile.

/** The simulated customer CA signs a request (PEM text): its certificate and root, as PEM text. */
export async function signWithCustomerCa(page: Page, csr: string): Promise<string> {
  await backendStarted(page)
  const answer = await page.evaluate(async (request) => {
    const response = await fetch('api/customer-ca/sign', {
      method: 'POST',
      headers: { 'Content-Type': 'application/pkcs10' },
      body: request,
    })
    return { status: response.status, text: await response.text() }
  }, csr)
  expect(answer.status, `customer CA signs: ${answer.text}`).toBe(200)
  return answer.text
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
  await backendStarted(page)
  const answer = await page.evaluate(
    async ({ systemId, userName, certificateId }) => {
      const url = `api/communication-systems/${encodeURIComponent(systemId)}`
      const read = await fetch(url)
      const system = (await read.json()) as { outboundUsers: { id: string; userName: string }[] }
      const user = system.outboundUsers.find((each) => each.userName === userName)
      const patch = await fetch(`${url}/outbound-users/${user?.id ?? 'none'}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': read.headers.get('ETag') ?? '' },
        body: JSON.stringify({ clientCertificateId: certificateId }),
      })
      return { status: patch.status, text: await patch.text() }
    },
    { systemId, userName, certificateId },
  )
  expect(answer.status, `switch ${systemId}/${userName}: ${answer.text}`).toBe(200)
}

/** Create through the API: a customer certificate that is a signing request alone; its id. */
export async function createSigningRequest(
  page: Page,
  description: string,
  subject: { CN: string; O?: string; C?: string },
): Promise<string> {
  await backendStarted(page)
  const answer = await page.evaluate(
    async (body) => {
      const response = await fetch('api/client-certificates', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      return { status: response.status, body: (await response.json()) as { id?: string } }
    },
    { description, subject },
  )
  expect(answer.status, `create ${description}: ${JSON.stringify(answer.body)}`).toBe(201)
  return answer.body.id ?? ''
}
