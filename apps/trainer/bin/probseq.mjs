#!/usr/bin/env node
// The probseq CLI, run from the TypeScript sources with no build step: esbuild (a dependency of this
// app) bundles src/main.ts and the workspace packages it imports into one cached ES module,
// which then runs in this process (so Ctrl-C reaches the trainer directly). tfjs packages stay
// external (one shared engine; the WASM backend finds its binaries), except tfjs-core's
// gradient-registration files, which must be bundled (their ESM sources use directory imports).
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Run through `pnpm -s probseq …` / `pnpm -s train` (scripts run in the package's folder), relative paths such
// as --data, --out and run directories mean what they mean where the user typed the command.
if (['probseq', 'train'].includes(process.env.npm_lifecycle_event ?? '') && process.env.INIT_CWD)
  process.chdir(process.env.INIT_CWD);

const app = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(app, '..', '..');
const require = createRequire(join(app, 'package.json'));
const { build } = await import(pathToFileURL(require.resolve('esbuild')).href);

const workspace = {
  name: 'probseq-workspace',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'inner') return undefined;
      const ws = /^@probseq\/([a-z-]+)(?:\/(node))?$/.exec(args.path);
      if (ws) return { path: join(repo, 'packages', ws[1], 'src', `${ws[2] ?? 'index'}.ts`) };
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

// The bundle is cached under a key made of every source file's path, size and mtime; a new key is
// built into a temp file and renamed into place, so concurrent invocations never see half a file.
function sourceKey() {
  const h = createHash('sha1');
  const walk = (dir) => {
    let names;
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of names.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mts|json)$/.test(e.name)) {
        const st = statSync(p);
        h.update(`${p}:${st.size}:${st.mtimeMs};`);
      }
    }
  };
  walk(join(app, 'src'));
  walk(join(repo, 'packages'));
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  return h.digest('hex').slice(0, 16);
}

const cacheDir = join(app, 'node_modules', '.cache', 'probseq');
const outfile = join(cacheDir, `cli-${sourceKey()}.mjs`);
if (!existsSync(outfile)) {
  mkdirSync(cacheDir, { recursive: true });
  for (const old of readdirSync(cacheDir)) if (old.startsWith('cli-')) rmSync(join(cacheDir, old), { force: true });
  const tmp = join(cacheDir, `.build-${process.pid}.mjs`);
  await build({
    entryPoints: [join(app, 'src', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    logLevel: 'error',
    tsconfig: join(app, 'tsconfig.json'),
    plugins: [workspace],
    banner: {
      js: "import { createRequire as __probseqRequire } from 'node:module'; const require = __probseqRequire(import.meta.url);",
    },
  });
  renameSync(tmp, outfile);
}
await import(pathToFileURL(outfile).href);
