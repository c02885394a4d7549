import type { Plugin } from 'vite'

// Rotation Lab needs no inline script, no eval and no other origin: its backend, fonts, themes and
// locale data all come from its own files (src/ui/offline-assets.ts). UI5 styles its components
// with constructed stylesheets and sets inline styles through the CSSOM, which style-src does not
// govern, so no 'unsafe-inline' either. zod runs jitless (src/api/contracts/zod.ts) instead of compiling
// parsers with `new Function`. e2e/content-security-policy.spec.ts visits every screen under it.
const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'none'"],
}

// Browsers ignore frame-ancestors in a <meta> policy, and Chromium logs an error for it: it goes in
// the header only. A host that sends no header (a plain file server) still gets the rest.
const headerOnly = new Set(['frame-ancestors'])

function serialize(names: string[]): string {
  return names.map((name) => [name, ...directives[name]!].join(' ')).join('; ')
}

/** The whole policy, for a server that can send headers (`vite preview`, a production host). */
export const contentSecurityPolicy = serialize(Object.keys(directives))

/** The policy a `<meta http-equiv>` can carry. */
export const metaContentSecurityPolicy = serialize(
  Object.keys(directives).filter((name) => !headerOnly.has(name)),
)

/**
 * Puts the policy into the built index.html as its first element. Build only: Vite's dev server
 * injects an inline script (React Refresh) and inline styles (CSS modules of the page), which the
 * policy forbids, so `npm start` runs without one.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'rotation-lab:content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  }
}
