#!/usr/bin/env node
// The probseq CLI, run from the TypeScript sources with no build step: esbuild (already installed
// with tsx) bundles src/main.ts and the workspace packages it imports into one cached ES module,
// which then runs in this process (so Ctrl-C reaches the trainer directly). tfjs packages stay
// external (one shared engine; the WASM backend finds its binaries), except tfjs-core's
// gradient-registration files, which must be bundled (their ESM sources use directory imports).
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(app, '..', '..');
const require = createRequire(join(app, 'package.json'));
const { build } = await import(pathToFileURL(require.resolve('esbuild')).href);

const workspace = {
  name: 'probseq-workspace',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'inner') return undefined;
      const ws = /^@probseq\/([a-z-]+)$/.exec(args.path);
      if (ws) return { path: join(repo, 'packages', ws[1], 'src', 'index.ts') };
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      if (args.path.startsWith('@tensorflow/tfjs-core/dist/')) return undefined;
      if (args.path.startsWith('@tensorflow/')) {
        const r = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'inner' });
        if (r.errors.length > 0) return { errors: r.errors };
        return { path: r.path, external: true };
      }
      return undefined;
    });
  },
};

const outfile = join(app, 'node_modules', '.cache', 'probseq', 'cli.mjs');
mkdirSync(dirname(outfile), { recursive: true });
await build({
  entryPoints: [join(app, 'src', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'error',
  tsconfig: join(app, 'tsconfig.json'),
  plugins: [workspace],
  banner: { js: "import { createRequire as __probseqRequire } from 'node:module'; const require = __probseqRequire(import.meta.url);" },
});
await import(pathToFileURL(outfile).href);
