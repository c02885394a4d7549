import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { CommunicationArrangementListParams } from '../../../api/contracts/communication-arrangements'

/** The URL parameters of the list's filters (a bookmark or reload shows the same rows). */
export type FilterKey = 'search' | 'scenario' | 'certificate'

/** The list's filters live in the URL: `search`, `scenario` (a scenario ID), `certificate` (an ID). */
export function useArrangementFilter() {
  const [params, setParams] = useSearchParams()
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

  const setFilter = useCallback(
    (key: FilterKey, value: string | undefined) =>
      // Replace, not push: typing a search must not fill the Back history with every keystroke.
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (value) next.set(key, value)
          else next.delete(key)
          return next
        },
        { replace: true },
      ),
    [setParams],
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
