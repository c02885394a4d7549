import { serveStatic } from '@hono/node-server/serve-static'
import type { HttpBindings } from '@hono/node-server'
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response'
import { Hono } from 'hono'
import { errorResponse } from '../mocks/http/responses'
import { contentSecurityPolicy } from '../../scripts/vite/content-security-policy'
import { immutable, isHashedAsset } from '../../scripts/vite/immutable-assets'
import { changeStreamPath, instructorPagePath } from '../api/contracts/backend-host'
import { adminRoutes } from './admin-routes'
import { changeStream } from './change-stream'
import { landscapeIdPattern } from './landscape-id'
import type { LandscapeRegistry } from './landscape-registry'
import { readServedIndexHtml } from './spa-index'

export interface LabAppOptions {
  registry: LandscapeRegistry
  /** LAB_ADMIN_TOKEN; without it the instructor API answers 404. */
  adminToken?: string
  /** The built SPA (dist/), served at /l/<id>/ when it exists. */
  distDir?: string
}

/**
 * The lab server's routes: each landscape's API at /l/<id>/api/…, answered by the handlers the
 * browser runs; the SPA beside it; the instructor API at /admin/.
 */
export function createLabApp({ registry, adminToken, distDir }: LabAppOptions) {
  const app = new Hono<{ Bindings: HttpBindings }>()

  app.route('/admin', adminRoutes(registry, adminToken))

  // The id is checked on every path below /l/<id>/: an unknown one is a JSON 404, never the SPA.
  app.use('/l/:id/*', async (c, next) => {
    const id = c.req.param('id')
    if (!landscapeIdPattern.test(id) || !registry.get(id)) {
      return errorResponse(
        404,
        'LandscapeNotFound',
        `There is no landscape "${id}" on this server.`,
      )
    }
    await next()
  })

  app.get(`/l/:id/api/${changeStreamPath}`, (c) => changeStream(c, registry.get(c.req.param('id'))!))

  app.all('/l/:id/api/*', async (c) => {
    const response = await registry.get(c.req.param('id'))!.respond(c.req.raw)
    if (response.type !== 'error') return response
    // The fault settings asked for a network error: the client must see the connection drop, as
    // it does when MSW answers Response.error() in the browser, not an HTTP status.
    c.env.incoming.socket.destroy()
    return RESPONSE_ALREADY_SENT
  })

  const indexHtml = distDir ? readServedIndexHtml(distDir) : undefined
  if (distDir && indexHtml) {
    // The SPA's base is relative (vite.config.ts), so one build serves every landscape's path.
    app.get('/l/:id', (c) => c.redirect(`/l/${c.req.param('id')}/`))
    serveSpa(app, '/l/:id', indexHtml, distDir, withinLandscape)
  }

  // The instructor page: the same build, marked to show the instructor's screen, which calls /admin/.
  // It holds no secret (the instructor types the token in), but without a token it could do nothing.
  const instructorHtml = distDir ? readServedIndexHtml(distDir, { instructor: true }) : undefined
  const instructorRoot = instructorPagePath.replace(/\/$/, '')
  if (distDir && instructorHtml && adminToken) {
    app.get(instructorRoot, (c) => c.redirect(instructorPagePath))
    serveSpa(app, instructorRoot, instructorHtml, distDir, (path) =>
      path.slice(instructorRoot.length),
    )
  } else {
    app.get(`${instructorRoot}/*`, () =>
      errorResponse(
        404,
        'NotFound',
        distDir && instructorHtml
          ? 'The instructor page is off: start the server with LAB_ADMIN_TOKEN.'
          : 'The instructor page needs the built app (npm run build).',
      ),
    )
  }

  app.notFound(() => errorResponse(404, 'NotFound', 'There is nothing at this address.'))
  app.onError((error) => {
    console.error('Lab server failed', error)
    return errorResponse(500, 'InternalError', `The lab server failed: ${error.message}`)
  })
  return app
}

/**
 * The built SPA below `prefix`: its index.html (`html`, marked by the server) and the build's files.
 * The same headers as the preview server and a production host: the whole policy (frame-ancestors
 * only works as a header), index.html revalidated, the hashed files kept for good.
 */
function serveSpa(
  app: Hono<{ Bindings: HttpBindings }>,
  prefix: string,
  html: string,
  distDir: string,
  inBuild: (path: string) => string,
) {
  const indexHeaders = { 'Cache-Control': 'no-cache', 'Content-Security-Policy': contentSecurityPolicy }
  app.get(`${prefix}/`, (c) => c.html(html, 200, indexHeaders))
  app.get(`${prefix}/index.html`, (c) => c.html(html, 200, indexHeaders))
  app.use(`${prefix}/assets/*`, async (c, next) => {
    await next()
    if (c.res.ok && isHashedAsset(inBuild(new URL(c.req.url).pathname))) c.res.headers.set('Cache-Control', immutable)
  })
  app.get(`${prefix}/*`, serveStatic({ root: distDir, rewriteRequestPath: inBuild }))
}

/** `/l/<id>/assets/x.js` → `/assets/x.js`: where a landscape's page path is in the build. */
function withinLandscape(path: string): string {
  return path.replace(/^\/l\/[^/]+/, '')
}
