import { useMemo } from 'react'
import { useSearchParamSetter } from '../../../ui/use-search-param-setter'
import type { CommunicationArrangementListParams } from '../../../api/contracts/communication-arrangements'

/** The URL parameters of the list's filters (a bookmark or reload shows the same rows). */
export type FilterKey = 'search' | 'scenario' | 'certificate'

/** The list's filters live in the URL: `search`, `scenario` (a scenario ID), `certificate` (an ID). */
export function useArrangementFilter() {
  const { params, setParam: setFilter } = useSearchParamSetter<FilterKey>()
  const search = params.get('search') ?? ''
  const scenario = params.get('scenario') ?? ''
  const certificate = params.get('certificate') ?? ''

  const query = useMemo<CommunicationArrangementListParams>(
    () => ({
      search: search || undefined,
      scenarioId: scenario || undefined,
      certificate: certificate || undefined,
    }),
    [search, scenario, certificate],
  )

  return {
    query,
    search,
    scenario,
    certificate,
    setFilter,
    filtered: !!(search || scenario || certificate),
  }
}

export type ArrangementFilter = ReturnType<typeof useArrangementFilter>
