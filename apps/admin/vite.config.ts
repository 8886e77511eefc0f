import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // The API serves the built console at /admin/ (docs/api-contract.md, "Serving").
  base: '/admin/',
  plugins: [react()],
  resolve: {
    alias: { '@steadywork/shared': path.resolve(import.meta.dirname, '../../libs/shared/src/index.ts') },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ProComponents' form and field chunk is large by nature; it loads once and is cached.
    chunkSizeWarningLimit: 1000,
    // dist/.vite/manifest.json: the chunks of each entry and route, read by scripts/admin-size.mjs
    manifest: true,
    rolldownOptions: {
      // The shared library has no import-time side effects: a module reached only through its
      // index's re-exports (the English enum labels, imported by the lazily loaded English
      // catalogue) then stays out of the first load.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/libs/shared/src/') },
    },
  },
});
