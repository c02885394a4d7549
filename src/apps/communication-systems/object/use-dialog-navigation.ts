import { useLocation, useNavigate } from 'react-router'

interface DialogState {
  openedFromPage?: boolean
}

/**
 * Dialogs are URLs below the object page. Opening pushes one history entry, so Back closes the
 * dialog; closing goes Back to that entry, or — for a dialog opened from a link or a reload —
 * replaces the URL with the page's own. The query string (edit mode) survives both ways.
 */
export function useDialogNavigation(pagePathname: string) {
  const navigate = useNavigate()
  const location = useLocation()
  const state = location.state as DialogState | null

  return {
    openDialog: (pathname: string) =>
      navigate(
        { pathname, search: location.search },
        { state: { openedFromPage: true } satisfies DialogState },
      ),
    closeDialog: () => {
      if (state?.openedFromPage) navigate(-1)
      else navigate({ pathname: pagePathname, search: location.search }, { replace: true })
    },
  }
}
