import type { Connect, Plugin } from 'vite'

// The files under assets/ carry a hash of their content in their name: a new build gives new names,
// so a browser may keep them for good. Vite's preview server answers every file with
// `Cache-Control: no-cache`, so each page load asked again for ~110 scripts, styles and fonts
// (304 each, every one through the service worker) — what no production host that follows Vite's
// deployment guide does. The preview server (tests, benchmarks, `npm run preview`) now serves them
// the way such a host would (and so does the lab server, src/server/app.ts). index.html and mockServiceWorker.js keep
// `no-cache`: their names never change.

/** For a file whose name changes with its content: keep it for good. */
export const immutable = 'public, max-age=31536000, immutable'

/** True for a file of the build's hashed `assets/` folder, with or without a query string. */
export function isHashedAsset(url: string): boolean {
  const pathname = url.split(/[?#]/, 1)[0] ?? ''
  return /^\/assets\/[^/]+-[\w-]{8}\.\w+$/.test(pathname)
}

const markImmutable: Connect.NextHandleFunction = (request, response, next) => {
  if (!isHashedAsset(request.url ?? '')) return next()
  // The static file server passes its headers to writeHead, which would win over a setHeader made here.
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => typeof response
  response.writeHead = ((...args: unknown[]) => {
    const headers = args.at(-1)
    if (headers && typeof headers === 'object') (headers as Record<string, string>)['Cache-Control'] = immutable
    else response.setHeader('Cache-Control', immutable)
    return writeHead(...args)
  }) as typeof response.writeHead
  next()
}

/** Lets `vite preview` serve the hashed build files as immutable, like a production host. */
export function immutableAssets(): Plugin {
  return {
    name: 'rotation-lab:immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use(markImmutable)
    },
  }
}
