import { defineConfig } from 'tsup';

// The gradient registrations live under tfjs-core/dist and must be bundled; tfjs-core itself stays external.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  noExternal: [/^@tensorflow\/tfjs-core\/dist\//],
});
