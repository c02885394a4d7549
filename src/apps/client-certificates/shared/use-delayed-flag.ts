import { useEffect, useState } from 'react'

/**
 * True once `active` has stayed true for `delayMs`. Fiori shows busy states only for waits the user
 * notices; a fast answer should not flash a skeleton first.
 */
export function useDelayedFlag(active: boolean, delayMs = 400): boolean {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!active) return
    const timer = window.setTimeout(() => setShown(true), delayMs)
    return () => {
      window.clearTimeout(timer)
      setShown(false)
    }
  }, [active, delayMs])
  return active && shown
}
