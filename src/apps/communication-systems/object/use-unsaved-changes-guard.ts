import { useEffect, useRef } from 'react'
import { useBlocker } from 'react-router'

/**
 * Asks before an unsaved edit is lost. In-app navigation is held by the router's blocker (the
 * caller shows "Discard changes?"); leaving the page entirely (reload, closing the tab) gets the
 * browser's own question. Dialogs of the same system and staying in edit mode are not leaving.
 */
export function useUnsavedChangesGuard(dirty: boolean, systemPathname: string) {
  // Save and Cancel leave edit mode on purpose; the blocker's function is only replaced after the
  // next render, so a ref lets them through in the same event handler that discards the edit.
  const allowed = useRef(false)
  const blocker = useBlocker(({ nextLocation }) => {
    if (!dirty || allowed.current) return false
    const staysOnSystem =
      nextLocation.pathname === systemPathname ||
      nextLocation.pathname.startsWith(`${systemPathname}/`)
    const staysInEdit = new URLSearchParams(nextLocation.search).get('mode') === 'edit'
    return !(staysOnSystem && staysInEdit)
  })

  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  // Any new edit (or its end) re-arms the guard.
  useEffect(() => {
    allowed.current = false
  }, [dirty])

  return {
    blocker,
    /** Lets the next navigation through, for Save and Cancel. */
    allowNextNavigation: () => {
      allowed.current = true
    },
  }
}
