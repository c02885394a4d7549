import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-error'
import { requestJson } from './http-client'

afterEach(() => vi.unstubAllGlobals())

function answer(status: number, body: unknown) {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }))
}

describe('requestJson errors', () => {
  it('keeps the extra fields of an error body, such as the removal date of a removed certificate', async () => {
    answer(410, { error: { code: 'CertificateRemoved', message: 'It was removed.', details: [], removedOn: '2027-03-01' } })
    const error = await requestJson('client-certificates/x').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 410, code: 'CertificateRemoved', message: 'It was removed.', extra: { removedOn: '2027-03-01' } })
  })

  it('has no extra fields when the body has none', async () => {
    answer(404, { error: { code: 'NotFound', message: 'Missing.' } })
    const error = await requestJson('client-certificates/x').catch((caught: unknown) => caught)
    expect(error).toMatchObject({ status: 404, code: 'NotFound', details: [], extra: {} })
  })
})
