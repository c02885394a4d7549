import { fileURLToPath } from 'node:url'
import { instructorPagePath } from '../api/contracts/backend-host'
import { LandscapeRegistry } from './landscape-registry'
import { openStorage } from './open-storage'
import { startLabServer } from './start-server'

/**
 * `npm run serve`: the lab server on PORT (default 8080), on PGlite in LAB_DATA_DIR or on the
 * PostgreSQL of DATABASE_URL. Prints the address of a fresh landscape and of the instructor page
 * and API, which LAB_ADMIN_TOKEN switches on (without it, /instructor/ and /admin/ do not exist).
 */
async function main() {
  const port = Number(process.env.PORT ?? 8080)
  const hostname = process.env.HOST ?? '127.0.0.1'
  const adminToken = process.env.LAB_ADMIN_TOKEN || undefined
  const distDir = fileURLToPath(new URL('../dist', import.meta.url))
  const registry = await LandscapeRegistry.open(
    await openStorage({
      databaseUrl: process.env.DATABASE_URL || undefined,
      dataDir: process.env.LAB_DATA_DIR || undefined,
      labKey: process.env.LAB_KEY || undefined,
    }),
  )
  const server = await startLabServer({ registry, adminToken, distDir, port, hostname })
  const created = await registry.create({ scenario: 'before-issuance' })
  if (!created.ok) throw new Error(`The first landscape failed: ${await created.response.text()}`)
  console.log(`Rotation Lab server on ${server.origin} (store: ${registry.description})`)
  console.log(`  a fresh landscape:  ${server.origin}/l/${created.landscape.id}/`)
  if (adminToken) {
    console.log(
      `  instructor page:    ${server.origin}${instructorPagePath}  (sign in with LAB_ADMIN_TOKEN)`,
    )
    console.log(
      `  instructor API:     ${server.origin}/admin/  (Authorization: Bearer $LAB_ADMIN_TOKEN)`,
    )
  } else {
    console.log(
      '  instructor page and API: off (start with LAB_ADMIN_TOKEN=<a secret> to switch them on)',
    )
  }
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
