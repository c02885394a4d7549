import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { LandscapeRegistry } from './landscape-registry'
import { createMemoryLandscapeStorage } from './landscape-storage'
import { startLabServer } from './start-server'

/**
 * `npm run serve`: the lab server on PORT (default 8080). Prints the address of a fresh landscape
 * and of the instructor API. LAB_ADMIN_TOKEN switches the instructor API on; without it one is made
 * up for this run and printed, so that a trainer can start with no set-up.
 */
async function main() {
  const port = Number(process.env.PORT ?? 8080)
  const hostname = process.env.HOST ?? '127.0.0.1'
  const adminToken = process.env.LAB_ADMIN_TOKEN || randomBytes(18).toString('base64url')
  const distDir = fileURLToPath(new URL('../dist', import.meta.url))
  const registry = await LandscapeRegistry.open(createMemoryLandscapeStorage())
  const server = await startLabServer({ registry, adminToken, distDir, port, hostname })
  const created = await registry.create({ scenario: 'before-issuance' })
  if (!created.ok) throw new Error(`The first landscape failed: ${await created.response.text()}`)
  console.log(`Rotation Lab server on ${server.origin} (store: ${registry.description})`)
  console.log(`  a fresh landscape:  ${server.origin}/l/${created.landscape.id}/`)
  console.log(
    `  instructor API:     ${server.origin}/admin/  (Authorization: Bearer ${adminToken})`,
  )
  const stop = () => {
    void server
      .close()
      .then(() => registry.close())
      .then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
