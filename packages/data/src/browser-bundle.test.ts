import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The main entry must bundle for browsers without Node built-ins (the docs site imports it), and
// its parsers must run where `Buffer` does not exist.
describe('@probseq/data in a browser bundle', () => {
  it('bundles with no Node built-ins and parses CSV and WAV without Buffer', async () => {
    const r = await build({
      entryPoints: [join(__dirname, 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      external: ['@tensorflow/*'],
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(r.metafile!.inputs);
    expect(inputs.filter((p) => /^(node:|fs|path|stream|readline)/.test(p))).toEqual([]);
    expect(inputs.some((p) => p.includes('csv-parse/dist/esm/sync.js'))).toBe(true);
    // Run the bundle with Buffer hidden, next to this package so that tfjs-core resolves.
    const dir = mkdtempSync(join(__dirname, '..', 'node_modules', '.browser-bundle-'));
    const file = join(dir, 'bundle.mjs');
    writeFileSync(file, r.outputFiles[0].text);
    const buffer = globalThis.Buffer;
    try {
      Reflect.deleteProperty(globalThis, 'Buffer');
      const m = await import(pathToFileURL(file).href);
      expect(m.parseCsv('\ufeffid,x\r\n"a, b",1\r\n', 'page.csv').ids).toEqual(['a, b']);
      expect(Array.from(m.decodeWav(m.encodeWav([0.25, -0.5], 16000), 'page.wav').samples)).toEqual([0.25, -0.5]);
    } finally {
      globalThis.Buffer = buffer;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
