import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Left to the package's `imports` map at run time, so that browsers get csv-parse's browser build.
  external: ['#csv-parse-sync'],
});
