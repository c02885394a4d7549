import { queryOptions } from '@tanstack/react-query'
import type { EventsPage, EventsParams } from './contracts/events'
import { requestJson, withQuery } from './http-client'
import { queryKeys } from './query-keys'

/** One page of the audit log, newest first. */
export const eventsQuery = (params: EventsParams = {}) =>
  queryOptions({
    queryKey: [...queryKeys.events, params] as const,
    queryFn: async ({ signal }) =>
      (await requestJson<EventsPage>(withQuery('events', params), { signal })).data,
  })
