import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { CertificateFilter } from '../../../api/client-certificates'
import { certificateStatus, managedBy } from '../../../api/contracts/client-certificates'

/**
 * The list's search and filters live in the URL query string, so that they survive a reload, Back
 * from the object page, and can be bookmarked or sent to a colleague. Unknown values are ignored.
 */
export function useListFilter() {
  const [params, setParams] = useSearchParams()

  const filter = useMemo<CertificateFilter>(() => {
    const status = certificateStatus.safeParse(params.get('status'))
    const owner = managedBy.safeParse(params.get('managedBy'))
    return {
      search: params.get('search') ?? '',
      ...(status.success ? { status: status.data } : {}),
      ...(owner.success ? { managedBy: owner.data } : {}),
    }
  }, [params])

  const setFilter = useCallback(
    (change: Partial<Record<keyof CertificateFilter, string | undefined>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(change)) {
            if (value) next.set(key, value)
            else next.delete(key)
          }
          return next
        },
        // Typing must not fill the history with one entry per keystroke.
        { replace: true },
      )
    },
    [setParams],
  )

  return { filter, setFilter }
}
