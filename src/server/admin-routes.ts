import { createHash, timingSafeEqual } from 'node:crypto'
import { Hono, type Context } from 'hono'
import {
  classPath,
  cloneLandscapeRequest,
  createLandscapeRequest,
  listLandscapesQuery,
  resetLandscapeRequest,
  type AdminScenarioList,
} from '../api/contracts/admin'
import { advanceClockRequest } from '../api/contracts/clock'
import { errorResponse, parseJsonBody, parseValue } from '../mocks/http/responses'
import { scenarios } from '../mocks/scenarios/scenario-catalog'
import type { LandscapeRegistry } from './landscape-registry'
import { landscapeSummary, landscapeUrl } from './landscape-summary'

/**
 * The instructor API under /admin/: landscapes for a class, their state, and the class's clock.
 * Without a token the whole API does not exist (404); with one, every call needs it as a bearer.
 */
export function adminRoutes(registry: LandscapeRegistry, adminToken: string | undefined) {
  const admin = new Hono()

  admin.use('*', async (c, next) => {
    if (!adminToken) {
      return errorResponse(
        404,
        'NotFound',
        'The instructor API is off: start the server with LAB_ADMIN_TOKEN.',
      )
    }
    if (!bearerMatches(c.req.header('Authorization'), adminToken)) {
      return errorResponse(
        401,
        'Unauthorized',
        'The instructor API needs the server\'s admin token: "Authorization: Bearer <LAB_ADMIN_TOKEN>".',
        [],
        {},
        { 'WWW-Authenticate': 'Bearer realm="rotation-lab-admin"' },
      )
    }
    await next()
  })

  // The catalog a new landscape or a reset chooses from, without asking any landscape for it.
  admin.get('/scenarios', (c) => {
    const body: AdminScenarioList = {
      items: scenarios.map(({ id, title, description, today }) => ({
        id,
        title,
        description,
        today,
      })),
    }
    return c.json(body)
  })

  admin.post('/landscapes', async (c) => {
    const body = await parseJsonBody(c.req.raw, createLandscapeRequest)
    if (!body.ok) return body.response
    const created = await registry.create(body.value)
    if (!created.ok) return created.response
    const { id } = created.landscape
    return c.json({ id, url: landscapeUrl(c.req.url, id) }, 201)
  })

  admin.get('/landscapes', async (c) => {
    const query = parseValue(c.req.query(), listLandscapesQuery)
    if (!query.ok) return query.response
    const items = await Promise.all(
      registry.list(query.value.class).map((landscape) => landscapeSummary(landscape, c.req.url)),
    )
    return c.json({ items })
  })

  admin.delete('/landscapes/:id', async (c) => {
    if (!(await registry.delete(c.req.param('id')))) return landscapeNotFound(c)
    return c.body(null, 204)
  })

  admin.post('/landscapes/:id/clone', async (c) => {
    const source = registry.get(c.req.param('id'))
    if (!source) return landscapeNotFound(c)
    const body = await parseJsonBody(c.req.raw, cloneLandscapeRequest)
    if (!body.ok) return body.response
    const copy = await registry.clone(source, body.value)
    return c.json({ id: copy.id, url: landscapeUrl(c.req.url, copy.id) }, 201)
  })

  admin.post('/landscapes/:id/reset', async (c) => {
    const landscape = registry.get(c.req.param('id'))
    if (!landscape) return landscapeNotFound(c)
    const body = await parseJsonBody(c.req.raw, resetLandscapeRequest)
    if (!body.ok) return body.response
    const reset = await landscape.instruct('POST', 'simulation/reset', body.value)
    if (!reset.ok) return reset
    return c.json(await landscapeSummary(landscape, c.req.url))
  })

  admin.post('/classes/:class/advance', async (c) => {
    const name = parseValue({ class: c.req.param('class') }, classPath)
    if (!name.ok) return name.response
    // Checked once here, so that a bad body is one 400 and not one per landscape.
    const body = await parseJsonBody(c.req.raw, advanceClockRequest)
    if (!body.ok) return body.response
    const landscapes = registry.list(name.value.class)
    if (landscapes.length === 0) {
      return errorResponse(404, 'NotFound', `The class "${name.value.class}" has no landscapes.`)
    }
    const items = await Promise.all(
      landscapes.map(async (landscape) => {
        const moved = await landscape.instruct('POST', 'clock/advance', body.value)
        const answer = (await moved.json()) as Record<string, unknown>
        return moved.ok
          ? { id: landscape.id, status: moved.status, clock: answer.clock, summary: answer.summary }
          : { id: landscape.id, status: moved.status, error: answer.error }
      }),
    )
    return c.json({ items })
  })

  return admin
}

function landscapeNotFound(c: Context) {
  return errorResponse(404, 'NotFound', `Landscape "${c.req.param('id')}" does not exist.`)
}

/** Compares digests, so that the time taken says nothing about how much of the token was right. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1]
  if (!given) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(token))
}
