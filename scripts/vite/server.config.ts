import { defineConfig } from 'vite'

// The lab server (src/server) as one ES module for Node 20, which cannot run TypeScript itself:
// Vite's SSR build bundles our sources and leaves every package to node_modules.
export default defineConfig({
  // public/ is the SPA's (the MSW worker, the icon): the SPA build copies it into dist/.
  publicDir: false,
  build: {
    ssr: 'src/server/main.ts',
    outDir: 'dist-server',
    target: 'node20',
    emptyOutDir: true,
    sourcemap: true,
  },
})
