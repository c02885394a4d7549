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
  imports?: string[]
}

function readManifest(distDir: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>
}

/** The files of `keys` and of every chunk they import statically, transitively. */
function withStaticImports(manifest: Record<string, ManifestChunk>, keys: readonly string[]): Set<string> {
  const files = new Set<string>()
  const pending = [...keys]
  const visited = new Set<string>()
  while (pending.length > 0) {
    const key = pending.pop()!
    if (visited.has(key) || !manifest[key]) continue
    visited.add(key)
    files.add(manifest[key].file)
    pending.push(...(manifest[key].imports ?? []))
  }
  return files
}

/**
 * The chunks only the simulated backend needs (MSW, handlers, scenarios, engine): what
 * `src/mocks/browser.ts` loads that the app's entry does not. In a real deployment this is the
 * server, so the budget shows the startup JavaScript with and without it.
 */
export function simulatedBackendChunks(distDir: string): Set<string> {
  const manifest = readManifest(distDir)
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry)
  const app = withStaticImports(manifest, entries)
  const backend = withStaticImports(manifest, ['src/mocks/browser.ts'])
  if (backend.size === 0) throw new Error('src/mocks/browser.ts is not a chunk of the build: is it still imported lazily?')
  return new Set([...backend].filter((file) => !app.has(file)))
}

/** `js` without the files in `exclude`. */
export function withoutFiles(js: LoadedJs, exclude: ReadonlySet<string>): LoadedJs {
  const files = js.files.filter((f) => !exclude.has(f.file))
  return {
    files,
    rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  }
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
  const manifest = readManifest(distDir)
  const chunks = new Map<string, string>()
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isDynamicEntry && key.startsWith('src/apps/')) chunks.set(chunk.file, key)
    if (key.includes('@peculiar/x509') || /(^|\/)x509[^/]*\.js$/.test(chunk.file)) chunks.set(chunk.file, key)
  }
  return chunks
}
