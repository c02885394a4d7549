import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ApiError } from './api-error'
import { apiUrl, requestJson } from './http-client'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('requestJson', () => {
  it('resolves the relative API base against http://localhost/ outside a browser', async () => {
    expect(apiUrl('/clock')).toBe('http://localhost/api/clock')
    server.use(
      http.get('http://localhost/api/clock', () => HttpResponse.json({ today: '2027-01-25' })),
    )
    const { data } = await requestJson<{ today: string }>('clock')
    expect(data.today).toBe('2027-01-25')
  })

  it('rejects an answer that is not JSON, saying the simulated backend is not running', async () => {
    server.use(
      http.get('*/api/clock', () =>
        HttpResponse.html('<!doctype html><title>Rotation Lab</title>'),
      ),
    )
    const error = await failure(requestJson('clock'))
    expect(error).toMatchObject({ status: 200, code: 'NotJson' })
    expect(error.message).toMatch(/text\/html instead of JSON.*service worker/)
  })

  it('turns the API error shape into an ApiError with its field reasons', async () => {
    const body = {
      error: {
        code: 'ValidationFailed',
        message: 'The request is not valid.',
        details: [{ field: 'systemId', message: 'Enter a System ID.' }],
      },
    }
    server.use(
      http.post('*/api/communication-systems', () => HttpResponse.json(body, { status: 400 })),
    )
    const error = await failure(requestJson('communication-systems', { method: 'POST', body: {} }))
    expect(error).toMatchObject({
      status: 400,
      code: 'ValidationFailed',
      message: 'The request is not valid.',
    })
    expect(error.fieldMessage('systemId')).toBe('Enter a System ID.')
    expect(error.fieldMessage('port')).toBeUndefined()
  })

  it('names the status when an error answer is not the API’s shape', async () => {
    server.use(
      http.get(
        '*/api/clock',
        () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    )
    const error = await failure(requestJson('clock'))
    expect(error).toMatchObject({ status: 502, code: 'HttpError' })
    expect(error.message).toContain('HTTP 502')
  })

  it('reports a network failure as status 0, NetworkError', async () => {
    server.use(http.get('*/api/clock', () => HttpResponse.error()))
    expect(await failure(requestJson('clock'))).toMatchObject({ status: 0, code: 'NetworkError' })
  })

  it('answers undefined for 204, and sends bytes as they are', async () => {
    let received: { type: string | null; bytes: number[] } | undefined
    server.use(
      http.post('*/api/upload', async ({ request }) => {
        received = {
          type: request.headers.get('Content-Type'),
          bytes: [...new Uint8Array(await request.arrayBuffer())],
        }
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const body = new Uint8Array([0x30, 0x82, 0x01])
    const { data } = await requestJson('upload', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/octet-stream' },
    })
    expect(data).toBeUndefined()
    expect(received).toEqual({ type: 'application/octet-stream', bytes: [0x30, 0x82, 0x01] })
  })
})
