import { QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  communicationSystemQuery,
  communicationSystemsQuery,
  deleteCommunicationSystem,
  updateOutboundUser,
} from './communication-systems'
import { queryKeys } from './query-keys'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('communication systems client', () => {
  it('keys queries under the resource root, so one invalidation refreshes them all', () => {
    expect(communicationSystemsQuery({ search: 'bank' }).queryKey).toEqual([
      ...queryKeys.communicationSystems,
      'list',
      { search: 'bank' },
    ])
    expect(communicationSystemQuery('A B').queryKey.slice(0, 2)).toEqual(
      queryKeys.communicationSystems,
    )
  })

  it('sends the version the user saw as If-Match, with ids encoded', async () => {
    const seen: { url: string; ifMatch: string | null }[] = []
    server.use(
      http.all('*/api/communication-systems/*', ({ request }) => {
        seen.push({ url: request.url, ifMatch: request.headers.get('If-Match') })
        return request.method === 'DELETE'
          ? new HttpResponse(null, { status: 204 })
          : HttpResponse.json({ version: 8 })
      }),
    )
    await updateOutboundUser('SYS/1', 'user-7', 7, { userName: 'X' })
    await deleteCommunicationSystem('SYS-2', 3)
    expect(seen).toEqual([
      {
        url: 'http://localhost/api/communication-systems/SYS%2F1/outbound-users/user-7',
        ifMatch: '"7"',
      },
      { url: 'http://localhost/api/communication-systems/SYS-2', ifMatch: '"3"' },
    ])
  })

  it('passes list filters as the query string', async () => {
    let search = ''
    server.use(
      http.get('*/api/communication-systems', ({ request }) => {
        search = new URL(request.url).search
        return HttpResponse.json({ items: [], total: 0, offset: 0, limit: 10 })
      }),
    )
    const query = communicationSystemsQuery({
      readiness: 'Upload pending',
      certificate: 'default-2027-02-01',
    })
    await new QueryClient().fetchQuery(query)
    expect(new URLSearchParams(search).get('readiness')).toBe('Upload pending')
    expect(new URLSearchParams(search).get('certificate')).toBe('default-2027-02-01')
  })
})
