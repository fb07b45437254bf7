import { defineConfig } from 'vite';

// The renderer builds to a static folder that works from any static host, from
// app:// in Electron and offline: relative paths, no CDN, everything bundled.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: 'public',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  server: { fs: { allow: ['..'] } },
});
