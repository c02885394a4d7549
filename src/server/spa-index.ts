import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { backendHostMeta, instructorPageMeta } from '../api/contracts/backend-host'

/**
 * The build's index.html with the marker that tells the page the lab server answers its API
 * (src/api/contracts/backend-host.ts): without it, the page would start its own simulated backend
 * and never see the landscape. The instructor page's copy also says it is that page. Undefined when
 * there is no build.
 */
export function readServedIndexHtml(
  distDir: string,
  { instructor = false }: { instructor?: boolean } = {},
): string | undefined {
  const file = join(distDir, 'index.html')
  if (!existsSync(file)) return undefined
  const html = readFileSync(file, 'utf8')
  const marker =
    `<meta name="${backendHostMeta.name}" content="${backendHostMeta.server}">` +
    (instructor
      ? `\n    <meta name="${instructorPageMeta.name}" content="${instructorPageMeta.instructor}">`
      : '')
  if (!/<head>/i.test(html))
    throw new Error(`${file} has no <head> to mark as served by the lab server`)
  return html.replace(/<head>/i, (head) => `${head}\n    ${marker}`)
}
