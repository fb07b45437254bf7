// Bundles the Electron main process (ESM) and the sandboxed preload (one CommonJS file).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  format: 'esm',
  outfile: 'dist/electron/main.mjs',
});
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  format: 'cjs',
  outfile: 'dist/electron/preload.cjs',
});
