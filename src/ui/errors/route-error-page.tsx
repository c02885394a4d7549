import { useRouteError } from 'react-router'
import { ErrorScreen } from './error-screen'

/** The router's error element: an error in one screen keeps the shell (and its way home) alive. */
export function RouteErrorPage() {
  return <ErrorScreen error={useRouteError()} />
}
