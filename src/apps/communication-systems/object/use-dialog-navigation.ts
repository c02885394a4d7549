import { useRef } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { deepActiveElement, returnFocusTo } from '../../../ui/focus-return'

interface DialogState {
  openedFromPage?: boolean
}

/**
 * Dialogs are URLs below the object page. Opening pushes one history entry, so Back closes the
 * dialog; closing goes Back to that entry, or — for a dialog opened from a link or a reload —
 * replaces the URL with the page's own. The query string (edit mode) survives both ways.
 * Closing gives the focus back to the control that opened the dialog (the row, the button).
 */
export function useDialogNavigation(pagePathname: string) {
  const navigate = useNavigate()
  const location = useLocation()
  const state = location.state as DialogState | null
  const opener = useRef<HTMLElement | null>(null)

  return {
    openDialog: (pathname: string) => {
      opener.current = deepActiveElement()
      navigate(
        { pathname, search: location.search },
        { state: { openedFromPage: true } satisfies DialogState },
      )
    },
    closeDialog: () => {
      if (state?.openedFromPage) navigate(-1)
      else navigate({ pathname: pagePathname, search: location.search }, { replace: true })
      returnFocusTo(opener.current)
      opener.current = null
    },
  }
}
