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
      setParams((current) => withParam(current, key, value), { replace: true }),
    [setParams],
  )
  return { params, setParam }
}

/** `params` with `key` set to `value`, or without it when `value` is empty. */
export function withParam(params: URLSearchParams, key: string, value: string | undefined) {
  const next = new URLSearchParams(params)
  if (value) next.set(key, value)
  else next.delete(key)
  return next
}
