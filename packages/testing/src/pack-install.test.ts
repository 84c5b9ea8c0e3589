import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishablePackages, repoRoot, type WorkspacePackage } from './workspace-packages';

// Installs each publishable package the way a user would: `pnpm pack` (which rewrites `workspace:` and
// `catalog:` ranges), then `npm install` of the tarballs in an empty folder outside the workspace, then
// `import` and `require` from Node. Needs built `dist/` folders: the root `pnpm test` builds first, and a
// package whose dist is missing or older than its sources is built here.

const packages = publishablePackages();
const work = mkdtempSync(join(tmpdir(), 'probseq-pack-install-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
const tarballOf = new Map<string, string>();

function pnpmCommand(): [string, string[]] {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/.test(execpath)) return [process.execPath, [execpath]];
  try {
    execFileSync('pnpm', ['--version'], { stdio: 'ignore' });
    return ['pnpm', []];
  } catch {
    const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager: string };
    return ['npx', ['-y', root.packageManager]];
  }
}

function run(cmd: string, args: string[], options: ExecFileSyncOptions): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options }) as string;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${cmd} ${args.join(' ')} failed in ${String(options.cwd)}:\n${err.stdout ?? ''}\n${err.stderr ?? err.message}`,
    );
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(
        newest,
        statSync(join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name)).mtimeMs,
      );
  }
  return newest;
}

function ensureBuilt(pkg: WorkspacePackage, pnpm: [string, string[]]): void {
  const dist = join(pkg.dir, 'dist');
  const src = join(pkg.dir, 'src');
  if (existsSync(dist) && (!existsSync(src) || newestMtime(dist) >= newestMtime(src))) return;
  run(pnpm[0], [...pnpm[1], 'run', 'build'], { cwd: pkg.dir });
}

function loadExports(name: string, mode: 'esm' | 'cjs'): string[] {
  const code =
    mode === 'esm'
      ? `const m = await import(${JSON.stringify(name)}); console.log(JSON.stringify(Object.keys(m).sort()));`
      : `const m = require(${JSON.stringify(name)}); console.log(JSON.stringify(Object.keys(m).sort()));`;
  const args = mode === 'esm' ? ['--input-type=module', '-e', code] : ['-e', code];
  const out = run(process.execPath, args, { cwd: app });
  return JSON.parse(out.trim().split('\n').pop() as string) as string[];
}

beforeAll(() => {
  const pnpm = pnpmCommand();
  writeFileSync(join(work, 'package.json'), '{"private":true}\n');
  for (const pkg of packages) {
    ensureBuilt(pkg, pnpm);
    const before = new Set(existsSync(tarballs) ? readdirSync(tarballs) : []);
    run(pnpm[0], [...pnpm[1], 'pack', '--pack-destination', tarballs], { cwd: pkg.dir });
    const made = readdirSync(tarballs).filter((f) => !before.has(f));
    if (made.length !== 1) throw new Error(`pnpm pack in ${pkg.dir} made ${made.length} tarballs: ${made.join(', ')}`);
    tarballOf.set(pkg.name, join(tarballs, made[0]));
  }
  // Every @probseq/* dependency, direct or transitive, resolves to the local tarball, never the registry.
  const deps = Object.fromEntries([...tarballOf].map(([name, file]) => [name, `file:${file}`]));
  const manifest = {
    name: 'probseq-install-check',
    private: true,
    version: '0.0.0',
    dependencies: deps,
    overrides: deps,
  };
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // A clean npm: no npm_config_* settings inherited from the pnpm that runs this test.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_)/i.test(k)));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, env });
}, 900_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('pack and install with npm outside the workspace', () => {
  it('finds the publishable packages', () => {
    expect(packages.map((p) => p.name)).toContain('@probseq/backend');
    expect(relative(repoRoot, app).startsWith('..')).toBe(true);
  });

  for (const pkg of packages) {
    describe(pkg.name, () => {
      it('installs from its tarball, without tests or sources, with no workspace/catalog ranges', () => {
        const installed = join(app, 'node_modules', ...pkg.name.split('/'));
        const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<
          string,
          Record<string, string>
        >;
        expect(manifest.version).toBe(pkg.version);
        for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
          for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
            expect(range, `${pkg.name} ${field}.${dep}`).not.toMatch(/^(workspace|catalog):/);
          }
        }
        const files = readdirSync(installed, { recursive: true }).map(String);
        expect(
          files.filter((f) => /\.test\.|(^|\/)src\//.test(f)),
          'test or source files in the tarball',
        ).toEqual([]);
        expect(files).toContain(join('dist', 'index.js'));
        expect(files).toContain(join('dist', 'index.cjs'));
      });

      it('loads with import and require, with the same exports', () => {
        const esm = loadExports(pkg.name, 'esm');
        const cjs = loadExports(pkg.name, 'cjs');
        expect(cjs).toEqual(esm);
      });
    });
  }

  it('@probseq/backend from the tarball finds the WASM binaries and has gradients, in ESM and CJS', () => {
    const body = `
      const info = await setBackend('wasm');
      const tf = await import('@tensorflow/tfjs-core');
      const g = tf.grad((x) => tf.sum(tf.square(x)))(tf.tensor1d([1.5, -2]));
      console.log(JSON.stringify({ name: info.name, simd: info.simd, grad: Array.from(g.dataSync()) }));`;
    const esm = `import { setBackend } from '@probseq/backend';${body}`;
    const cjs = `const { setBackend } = require('@probseq/backend'); (async () => {${body}})();`;
    for (const [args, code] of [
      [['--input-type=module', '-e'], esm],
      [['-e'], cjs],
    ] as const) {
      const out = run(process.execPath, [...args, code], { cwd: app });
      expect(JSON.parse(out.trim().split('\n').pop() as string)).toEqual({ name: 'wasm', simd: true, grad: [3, -4] });
    }
  });
});
