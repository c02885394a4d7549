import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Relative base: the production build works from any path (a file server sub-folder, GitHub Pages),
// and the MSW worker is looked up next to index.html.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { chunkSizeWarningLimit: 1500 },
})
