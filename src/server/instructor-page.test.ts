import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LandscapeRegistry } from './landscape-registry'
import { createMemoryLandscapeStorage } from './landscape-storage'
import { startLabServer, type RunningLabServer } from './start-server'
import { cachedScenarioBuilder, call } from './testing'

// The instructor page: the build served at /instructor/ marked as that page, only with a token.

const token = 'test-admin-token'
let distDir: string
let registry: LandscapeRegistry
const servers: RunningLabServer[] = []

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'rotation-lab-dist-'))
  await writeFile(
    join(distDir, 'index.html'),
    '<!doctype html><html><head><title>Rotation Lab</title></head><body><div id="root"></div></body></html>',
  )
  await mkdir(join(distDir, 'assets'))
  await writeFile(join(distDir, 'assets', 'index-AbCd1234.js'), 'export {}')
  registry = await LandscapeRegistry.open(createMemoryLandscapeStorage(), cachedScenarioBuilder())
})
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  await rm(distDir, { recursive: true, force: true })
})

async function start(adminToken: string | undefined) {
  const server = await startLabServer({ registry, adminToken, distDir })
  servers.push(server)
  return server.origin
}

describe('with LAB_ADMIN_TOKEN', () => {
  it('serves the build at /instructor/, marked as the instructor page with no backend of its own', async () => {
    const origin = await start(token)
    const page = await fetch(`${origin}/instructor/`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<meta name="rotation-lab-backend" content="server">')
    expect(html).toContain('<meta name="rotation-lab-page" content="instructor">')
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'self'")

    const asset = await fetch(`${origin}/instructor/assets/index-AbCd1234.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('Cache-Control')).toContain('immutable')

    const bare = await fetch(`${origin}/instructor`, { redirect: 'manual' })
    expect(bare.status).toBe(302)
    expect(bare.headers.get('Location')).toBe('/instructor/')
  })

  it("a landscape's page is not marked as the instructor page", async () => {
    const origin = await start(token)
    const created = await call(`${origin}/admin/landscapes`, {
      method: 'POST',
      token,
      body: { scenario: 'before-issuance' },
    })
    const html = await (await fetch(created.body.url)).text()
    expect(html).toContain('content="server"')
    expect(html).not.toContain('rotation-lab-page')
  })

  it('answers the scenario catalog at /admin/scenarios, to the token only', async () => {
    const origin = await start(token)
    const listed = await call(`${origin}/admin/scenarios`, { token })
    expect(listed.status).toBe(200)
    expect(listed.body.items).toContainEqual(
      expect.objectContaining({ id: 'before-issuance', title: expect.any(String) }),
    )
    expect((await call(`${origin}/admin/scenarios`)).status).toBe(401)
  })
})

it('without LAB_ADMIN_TOKEN there is no instructor page: a 404 that says how to switch it on', async () => {
  const origin = await start(undefined)
  const page = await call(`${origin}/instructor/`)
  expect(page.status).toBe(404)
  expect(page.body.error.message).toMatch(/LAB_ADMIN_TOKEN/)
})
