import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

/**
 * Sets or clears one URL parameter of a list's filters, so a bookmark or a reload shows the same
 * rows. Replaces the history entry: typing a search must not fill Back with every keystroke.
 */
export function useSearchParamSetter<K extends string>() {
  const [params, setParams] = useSearchParams()
  const setParam = useCallback(
    (key: K, value: string | undefined) =>
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
  return { params, setParam }
}
