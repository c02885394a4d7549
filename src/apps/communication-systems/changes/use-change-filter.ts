import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { EventsParams } from '../../../api/contracts/events'

/** The URL parameters of Display Changes: the API's own names, so the URL reads like the request. */
export type ChangeFilterKey = 'from' | 'to' | 'actor' | 'systemId' | 'category'
const keys: readonly ChangeFilterKey[] = ['from', 'to', 'actor', 'systemId', 'category']

/**
 * Display Changes' filters live in the URL, so a reload or a bookmark shows the same records. They
 * go to the API as they are: a hand-edited URL with an unknown category or an inverted range gets
 * the API's 400 and its reason, not a guess. On the object page the System ID is the page's.
 */
export function useChangeFilter(fixedSystemId?: string) {
  const [params, setParams] = useSearchParams()
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  const actor = params.get('actor') ?? ''
  const systemId = fixedSystemId ?? params.get('systemId') ?? ''
  const categoriesText = params.getAll('category').join('\n')

  const query = useMemo<EventsParams>(
    () => ({
      from: from || undefined,
      to: to || undefined,
      actor: (actor || undefined) as EventsParams['actor'],
      systemId: systemId || undefined,
      category: (categoriesText
        ? categoriesText.split('\n')
        : undefined) as EventsParams['category'],
    }),
    [from, to, actor, systemId, categoriesText],
  )

  // Replace, not push: typing a System ID must not fill the Back history with every keystroke.
  const update = useCallback(
    (changes: Partial<Record<ChangeFilterKey, string | readonly string[]>>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(changes)) {
            next.delete(key)
            for (const each of typeof value === 'string' ? [value] : (value ?? []))
              if (each) next.append(key, each)
          }
          return next
        },
        { replace: true },
      ),
    [setParams],
  )
  const clear = useCallback(() => update(Object.fromEntries(keys.map((k) => [k, '']))), [update])

  // On the object page the system is the dialog's subject, not a filter to clear.
  const filtered = Boolean(from || to || actor || categoriesText || (!fixedSystemId && systemId))
  return {
    query,
    from,
    to,
    actor,
    systemId,
    categories: query.category ?? [],
    filtered,
    update,
    clear,
  }
}

export type ChangeFilterState = ReturnType<typeof useChangeFilter>
