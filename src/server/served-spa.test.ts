import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changeStreamPath } from '../api/contracts/backend-host'
import { LandscapeRegistry } from './landscape-registry'
import { createMemoryLandscapeStorage } from './landscape-storage'
import { startLabServer, type RunningLabServer } from './start-server'
import { cachedScenarioBuilder, call } from './testing'

const token = 'test-admin-token'
let server: RunningLabServer
let registry: LandscapeRegistry
let distDir: string
let landscapeUrl: string

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'rotation-lab-dist-'))
  await writeFile(
    join(distDir, 'index.html'),
    '<!doctype html><html><head><title>Rotation Lab</title></head><body><div id="root"></div></body></html>',
  )
  await mkdir(join(distDir, 'assets'))
  await writeFile(join(distDir, 'assets', 'index-AbCd1234.js'), 'export {}')
  registry = await LandscapeRegistry.open(createMemoryLandscapeStorage(), cachedScenarioBuilder())
  server = await startLabServer({ registry, adminToken: token, distDir })
  const created = await call(`${server.origin}/admin/landscapes`, {
    method: 'POST',
    token,
    body: { scenario: 'new-certificate-issued' },
  })
  landscapeUrl = created.body.url
}, 60_000)
afterAll(async () => {
  await server.close()
  await rm(distDir, { recursive: true, force: true })
})

interface ServerSentEvent {
  event: string
  data: string
}

/** Reads a Server-Sent Events response block by block; `until` collects events up to a match (10 s at most). */
function eventReader(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  const field = (block: string, name: string) =>
    block
      .split('\n')
      .filter((line) => line.startsWith(`${name}:`))
      .map((line) => line.slice(name.length + 1).trim())
      .join('\n')
  return {
    async until(match: (event: ServerSentEvent) => boolean): Promise<ServerSentEvent[]> {
      const events: ServerSentEvent[] = []
      const deadline = Date.now() + 10_000
      while (Date.now() < deadline) {
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (block.startsWith(':')) continue
          const event = { event: field(block, 'event'), data: field(block, 'data') }
          events.push(event)
          if (match(event)) return events
        }
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
      }
      throw new Error(`No matching event; received ${JSON.stringify(events)}`)
    },
    close: () => reader.cancel(),
  }
}

describe('the SPA served by the lab server', () => {
  it('is marked as served, so the page starts no backend of its own', async () => {
    for (const path of ['', 'index.html']) {
      const page = await call(`${landscapeUrl}${path}`)
      expect(page.status).toBe(200)
      expect(page.headers.get('Content-Type')).toContain('text/html')
      expect(page.body).toContain('<meta name="rotation-lab-backend" content="server">')
      expect(page.body).toContain('<div id="root"></div>')
    }
    // Headers as a production host sends them: the whole policy, index revalidated, hashed files kept.
    const index = await call(landscapeUrl)
    expect(index.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
    expect(index.headers.get('Cache-Control')).toBe('no-cache')
    const asset = await call(`${landscapeUrl}assets/index-AbCd1234.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    // An unknown landscape never gets the app.
    const unknown = await call(`${server.origin}/l/AAAAAAAAAAAAAAAAAAAAAA/`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe('LandscapeNotFound')
  })

  it("streams every saved change of its landscape, whoever made it, and nothing of another's", async () => {
    const other = await call(`${server.origin}/admin/landscapes`, {
      method: 'POST',
      token,
      body: { scenario: 'new-certificate-issued' },
    })
    const stream = await fetch(`${landscapeUrl}api/${changeStreamPath}`)
    expect(stream.status).toBe(200)
    expect(stream.headers.get('Content-Type')).toContain('text/event-stream')
    const events = eventReader(stream)
    // Subscribed before anything changes, so what follows must arrive.
    expect(await events.until(() => true)).toEqual([{ event: 'subscribed', data: '{}' }])
    const advance = (url: string) => call(`${url}api/clock/advance`, { method: 'POST', body: { days: 1 } })
    // This landscape, the other one, this one again: a leaked event of the other would arrive second
    // with the other's revision (the same as this one's first), not this one's next.
    expect((await advance(landscapeUrl)).status).toBe(200)
    expect((await advance(other.body.url)).status).toBe(200)
    expect((await advance(landscapeUrl)).status).toBe(200)

    let changes = 0
    const received = await events.until(({ event }) => event === 'change' && ++changes === 2)
    await events.close()
    const saved = await registry.get(landscapeUrl.split('/').at(-2)!)!.backend.storedRevision()
    expect(received.map(({ event, data }) => [event, JSON.parse(data)])).toEqual([
      ['change', { revision: saved - 1 }],
      ['change', { revision: saved }],
    ])
  })
})
