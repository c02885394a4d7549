import { useCallback, useState } from 'react'

/** How many rows the list shows at first and adds on each "More" (Fiori's growing threshold). */
export const growingStep = 100

/**
 * Fiori's growing list: the first `growingStep` rows, that many more on each "More", and back to
 * the first page when `resetKey` (the filter) changes. Only the rows shown are fetched and
 * rendered, so 5,000 systems cost what 100 do until someone asks for more.
 */
export function useGrowing(resetKey: string) {
  const [state, setState] = useState({ key: resetKey, shown: growingStep })
  // Reset during render (React's pattern for state derived from a prop), so that returning to an
  // earlier filter starts from the first page too rather than from what it had grown to.
  if (state.key !== resetKey) setState({ key: resetKey, shown: growingStep })
  const shown = state.key === resetKey ? state.shown : growingStep
  const showMore = useCallback(
    () => setState({ key: resetKey, shown: shown + growingStep }),
    [resetKey, shown],
  )
  return { shown, showMore }
}
