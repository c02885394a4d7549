import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** One chunk of a Vite manifest (`vite build --manifest`). */
interface ManifestChunk {
  file: string
  src?: string
  name?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
}

export interface LoadedJs {
  files: { file: string; rawBytes: number; gzipBytes: number }[]
  rawBytes: number
  gzipBytes: number
}

/**
 * Sums the dist files behind the script URLs a page loaded. Sizes come from the files on disk
 * (gzip computed here), not from the network, so the figure does not depend on the preview
 * server's compression or on what the HTTP cache already held.
 */
export function loadedJs(distDir: string, urls: readonly string[]): LoadedJs {
  const seen = new Set<string>()
  const files: LoadedJs['files'] = []
  for (const url of urls) {
    const path = new URL(url).pathname.replace(/^\/+/, '')
    if (!path.endsWith('.js') || seen.has(path)) continue
    seen.add(path)
    const onDisk = join(distDir, path)
    if (!existsSync(onDisk)) continue
    const content = readFileSync(onDisk)
    files.push({ file: path, rawBytes: content.length, gzipBytes: gzipSync(content).length })
  }
  files.sort((a, b) => b.gzipBytes - a.gzipBytes)
  return {
    files,
    rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  }
}

/**
 * The chunks the launchpad must not load: each app's lazily imported routes and @peculiar/x509
 * (the PKI, needed only where certificates are made or parsed). Read from the build's manifest.
 */
export function lazyOnlyChunks(distDir: string): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>
  const chunks = new Map<string, string>()
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isDynamicEntry && key.startsWith('src/apps/')) chunks.set(chunk.file, key)
    if (key.includes('@peculiar/x509') || /(^|\/)x509[^/]*\.js$/.test(chunk.file)) chunks.set(chunk.file, key)
  }
  return chunks
}
