import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useSearchParamSetter, withParam } from '../../../ui/use-search-param-setter'
import type { ReadinessStatus } from '../../../api/contracts/common'
import { readinessOrder } from '../../../ui/words/readiness-words'
import { communicationSystemsQuery } from '../../../api/communication-systems'
import type { CommunicationSystemListParams } from '../../../api/contracts/communication-systems'
import { growingStep } from './use-growing'

type FilterKey = keyof CommunicationSystemListParams

/** The filters a list URL's query names. */
function filterOf(params: URLSearchParams) {
  const search = params.get('search') ?? ''
  const certificate = params.get('certificate') ?? ''
  const readinessParam = params.get('readiness') ?? ''
  // An unknown readiness in a hand-edited URL filters nothing rather than failing the request.
  const readiness = (readinessOrder as readonly string[]).includes(readinessParam)
    ? (readinessParam as ReadinessStatus)
    : undefined
  return { search, certificate, readiness }
}

function listParams({
  search,
  certificate,
  readiness,
}: ReturnType<typeof filterOf>): CommunicationSystemListParams {
  return { search: search || undefined, certificate: certificate || undefined, readiness }
}

/**
 * The list's filters live in the URL (`search`, `certificate`, `readiness`), so a deep link from
 * Maintain Client Certificates, a bookmark or a reload shows the same rows.
 */
export function useListFilter() {
  const queryClient = useQueryClient()
  const { params, setParam } = useSearchParamSetter<FilterKey>()
  const { search, certificate, readiness } = filterOf(params)
  const filter = useMemo(
    () => listParams({ search, certificate, readiness }),
    [search, certificate, readiness],
  )

  const setFilter = useCallback(
    (key: FilterKey, value: string | undefined) => {
      // The new filter's first page is asked for before the page re-renders for the URL, so the
      // request runs beside that render instead of after it: the search's request started 50–120 ms
      // after the keystroke on the 5,000-system list (docs/performance.md, session 11).
      const firstPage = {
        ...listParams(filterOf(withParam(params, key, value))),
        limit: growingStep,
      }
      void queryClient.prefetchQuery(communicationSystemsQuery(firstPage))
      setParam(key, value)
    },
    [params, queryClient, setParam],
  )

  return { filter, search, certificate, readiness, setFilter }
}
