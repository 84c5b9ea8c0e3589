import { defineConfig } from 'tsup';

// The gradient registrations live under tfjs-core/dist and must be bundled; tfjs-core itself stays external.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  noExternal: [/^@tensorflow\/tfjs-core\/dist\//],
  // node-webgpu.ts reads __filename in CJS and import.meta.url only in ESM.
  esbuildOptions(options) {
    options.logOverride = { 'empty-import-meta': 'silent' };
  },
});
