import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { apiOutsideBackend } from './scripts/vite/api-outside-backend.ts'
import {
  contentSecurityPolicy,
  contentSecurityPolicyMeta,
} from './scripts/vite/content-security-policy.ts'
import { immutableAssets } from './scripts/vite/immutable-assets.ts'

// Relative base: the production build works from any path (a file server sub-folder, GitHub Pages),
// and the MSW worker is looked up next to index.html.
export default defineConfig({
  base: './',
  // The dev-start smoke test (e2e-dev/) runs the dev server on an empty cache of its own, leaving
  // node_modules/.vite of a running `npm start` alone.
  cacheDir: process.env.DEV_CACHE_DIR ?? 'node_modules/.vite',
  // No `api/` request is ever answered with index.html; hashed files are served immutable: see the plugins.
  plugins: [react(), apiOutsideBackend(), contentSecurityPolicyMeta(), immutableAssets()],
  resolve: {
    // MSW's cookie store pulls in the Public Suffix List through tough-cookie → tldts; the simulated
    // backend uses no cookies, so a two-line stand-in keeps ~115 kB gzip off the startup JavaScript.
    alias: { tldts: fileURLToPath(new URL('./src/mocks/http/tldts-lite.ts', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true },
  preview: {
    port: 4173,
    strictPort: true,
    // The whole policy, frame-ancestors included (a <meta> cannot carry it).
    headers: { 'Content-Security-Policy': contentSecurityPolicy },
  },
  build: { chunkSizeWarningLimit: 1500 },
})
