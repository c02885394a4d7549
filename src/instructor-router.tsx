import { createHashRouter } from 'react-router'
import { RouteErrorPage } from './ui/errors/route-error-page'
import { InstructorShellLayout } from './ui/shell/instructor-shell-layout'

/**
 * The routes of the lab server's instructor page (`/instructor/`): one screen, the landscapes of the
 * server, in the instructor's frame. Not part of the app registry: the browser-only mode (`npm start`)
 * has no server, so the page has no tile there and `#/…` of it is unknown there.
 */
export function createInstructorRouter() {
  return createHashRouter([
    {
      element: <InstructorShellLayout />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            {
              index: true,
              lazy: async () => ({
                Component: (await import('./apps/instructor/app-routes')).AppRoutes,
              }),
            },
            {
              path: '*',
              lazy: async () => ({
                Component: (await import('./ui/errors/not-found-page')).NotFoundPage,
              }),
            },
          ],
        },
      ],
    },
  ])
}
