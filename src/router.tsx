import { createHashRouter, type RouteObject } from 'react-router'
import type { AppDefinition } from './ui/app-definition'
import { RenderErrorProbe } from './ui/errors/render-error-probe'
import { RouteErrorPage } from './ui/errors/route-error-page'
import { LaunchpadPage } from './ui/launchpad/launchpad-page'
import { ShellLayout } from './ui/shell/shell-layout'

/**
 * Hash routes, so that every screen and object has a URL that survives reloads and static hosting.
 * Each app owns everything under `#/{intent}` and is loaded only when first opened.
 */
export function createAppRouter(apps: readonly AppDefinition[]) {
  const appRoutes: RouteObject[] = apps.map((app) => ({
    path: `${app.intent}/*`,
    lazy: async () => ({ Component: (await app.load()).AppRoutes }),
  }))

  return createHashRouter([
    {
      element: <ShellLayout />,
      children: [
        {
          // Pathless: an error in one screen replaces only that screen, the ShellBar stays.
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, element: <LaunchpadPage apps={apps} /> },
            ...appRoutes,
            { path: 'Diagnostics-renderError', element: <RenderErrorProbe /> },
            {
              path: '*',
              // Lazy: its illustration (~25 kB gzip) is for mistyped links, not for every start.
              lazy: async () => ({ Component: (await import('./ui/errors/not-found-page')).NotFoundPage }),
            },
          ],
        },
      ],
    },
  ])
}
