#!/usr/bin/env node
// Runs a TypeScript script of the docs app against the workspace packages' sources: esbuild bundles
// it (tfjs-core's gradient-registration files must be bundled, their ESM uses directory imports;
// the rest of tfjs stays external, so there is one engine and the WASM backend finds its binaries).
// Usage: node scripts/run-ts.mjs scripts/train-pretrained.ts
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const app = fileURLToPath(new URL('..', import.meta.url));
const repo = join(app, '..', '..');
const require = createRequire(join(app, 'package.json'));
const { build } = await import(pathToFileURL(require.resolve('esbuild')).href);

const entry = process.argv[2];
if (!entry) throw new Error('usage: node scripts/run-ts.mjs <script.ts>');

const workspace = {
  name: 'probseq-workspace',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'inner') return undefined;
      const ws = /^@probseq\/([a-z-]+)$/.exec(args.path);
      if (ws) return { path: join(repo, 'packages', ws[1], 'src', 'index.ts') };
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      if (args.path.startsWith('@tensorflow/tfjs-core/dist/')) return undefined;
      const r = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'inner' });
      if (r.errors.length > 0) return { errors: r.errors };
      return { path: r.path, external: true };
    });
  },
};

const cacheDir = join(app, 'node_modules', '.cache', 'run-ts');
mkdirSync(cacheDir, { recursive: true });
const outfile = join(cacheDir, `script-${process.pid}.mjs`);
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  plugins: [workspace],
  logLevel: 'warning',
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(resolve(entry)).href) },
});
try {
  await import(pathToFileURL(outfile).href);
} finally {
  (await import('node:fs')).rmSync(outfile, { force: true });
}
