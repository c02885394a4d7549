import { useState } from 'react'

/**
 * True from the first time `open` is true on: a popover or dialog (and the code it loads lazily)
 * is mounted when it is first opened, not on every start, and stays mounted so that it closes and
 * reopens the way UI5 animates it, keeping its state like an eager one would.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open)
  if (open && !opened) setOpened(true)
  return opened || open
}
