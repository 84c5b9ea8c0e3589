// Node-only file access, loaded by a dynamic import with a computed specifier so that browser
// bundles never see `node:fs` (bundlers leave non-literal imports alone).

type Fs = typeof import('node:fs/promises');
type Path = typeof import('node:path');

/** Whether we run under Node (and not in a browser that merely polyfills `process`). */
export function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string' && typeof (globalThis as { window?: unknown }).window === 'undefined';
}

let cached: Promise<{ fs: Fs; path: Path }> | null = null;

/** `node:fs/promises` and `node:path`; throws outside Node. */
export function nodeModules(): Promise<{ fs: Fs; path: Path }> {
  if (!isNode()) throw new Error('File paths can only be used in Node; in the browser pass a URL, ArrayBuffers or a tf.io.IOHandler');
  if (!cached) {
    const fsSpec = 'node:fs/promises';
    const pathSpec = 'node:path';
    cached = Promise.all([
      import(/* @vite-ignore */ /* webpackIgnore: true */ fsSpec) as Promise<Fs>,
      import(/* @vite-ignore */ /* webpackIgnore: true */ pathSpec) as Promise<Path>,
    ]).then(([fs, path]) => ({ fs, path }));
  }
  return cached;
}

/** Writes `data` to `file` atomically: a temporary file in the same folder, then a rename. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const { fs } = await nodeModules();
  const tmp = `${file}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
