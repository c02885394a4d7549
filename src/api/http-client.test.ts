import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-error'
import { holdRequestsUntil, requestJson, withQuery } from './http-client'

afterEach(() => {
  vi.unstubAllGlobals()
  holdRequestsUntil(Promise.resolve())
})

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  )
}

describe('requestJson errors', () => {
  it('keeps the extra fields of an error body, such as the removal date of a removed certificate', async () => {
    answer(410, {
      error: {
        code: 'CertificateRemoved',
        message: 'It was removed.',
        details: [],
        removedOn: '2027-03-01',
      },
    })
    const error = await requestJson('client-certificates/x').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 410,
      code: 'CertificateRemoved',
      message: 'It was removed.',
      extra: { removedOn: '2027-03-01' },
    })
  })

  it('has no extra fields when the body has none', async () => {
    answer(404, { error: { code: 'NotFound', message: 'Missing.' } })
    const error = await requestJson('client-certificates/x').catch((caught: unknown) => caught)
    expect(error).toMatchObject({ status: 404, code: 'NotFound', details: [], extra: {} })
  })
})

describe('holdRequestsUntil', () => {
  it('sends nothing before the backend has started, then sends', async () => {
    let started!: () => void
    holdRequestsUntil(new Promise<void>((resolve) => (started = resolve)))
    const fetchMock = vi.fn(
      async () => new Response('{"ok":true}', { headers: { 'Content-Type': 'application/json' } }),
    )
    vi.stubGlobal('fetch', fetchMock)
    const pending = requestJson('clock')
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(fetchMock).not.toHaveBeenCalled()
    started()
    expect((await pending).data).toEqual({ ok: true })
    expect(fetchMock).toHaveBeenCalledOnce()
  })

  it('fails every request with the reason when the backend could not start', async () => {
    holdRequestsUntil(Promise.reject(new Error('Service workers are disabled.')))
    const error = await requestJson('clock').catch((caught: unknown) => caught)
    expect(error).toMatchObject({ status: 0, code: 'BackendNotStarted' })
    expect((error as Error).message).toContain('Service workers are disabled.')
  })
})

describe('withQuery', () => {
  it('leaves out empty values and repeats the key of a list', () => {
    expect(
      withQuery('events', {
        offset: 0,
        systemId: '',
        actor: undefined,
        category: ['Clock', 'External System'],
      }),
    ).toBe('events?offset=0&category=Clock&category=External+System')
    expect(withQuery('events', { category: [] })).toBe('events')
  })
})
