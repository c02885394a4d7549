import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { immutableAssets } from '../../vite/immutable-assets.ts'

// The bare ShellBar page of `npm run bench:web`: built with the app's Vite, React and UI5 versions
// into bench-results/ (gitignored), never into dist/.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Served like the app (hashed files immutable), so the comparison measures the pages, not the server.
  plugins: [react(), immutableAssets()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../bench-results/bare-dist', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
})
