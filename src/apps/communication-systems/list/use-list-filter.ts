import { useMemo } from 'react'
import { useSearchParamSetter } from '../../../ui/use-search-param-setter'
import type { ReadinessStatus } from '../../../api/contracts/common'
import { readinessOrder } from '../../../ui/words/readiness-words'
import type { CommunicationSystemListParams } from '../../../api/contracts/communication-systems'

type FilterKey = keyof CommunicationSystemListParams

/**
 * The list's filters live in the URL (`search`, `certificate`, `readiness`), so a deep link from
 * Maintain Client Certificates, a bookmark or a reload shows the same rows.
 */
export function useListFilter() {
  const { params, setParam: setFilter } = useSearchParamSetter<FilterKey>()
  const search = params.get('search') ?? ''
  const certificate = params.get('certificate') ?? ''
  const readinessParam = params.get('readiness') ?? ''
  // An unknown readiness in a hand-edited URL filters nothing rather than failing the request.
  const readiness = (readinessOrder as readonly string[]).includes(readinessParam)
    ? (readinessParam as ReadinessStatus)
    : undefined

  const filter = useMemo<CommunicationSystemListParams>(
    () => ({ search: search || undefined, certificate: certificate || undefined, readiness }),
    [search, certificate, readiness],
  )

  return { filter, search, certificate, readiness, setFilter }
}
