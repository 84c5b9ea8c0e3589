import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** Writes `data` to `path` in full and fsyncs it before closing. */
function writeSynced(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a file so that readers see either the old or the complete new content (temp file, fsync, rename). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
  writeSynced(tmp, data);
  renameSync(tmp, path);
}

/**
 * Writes a directory of files atomically: each file is written and fsynced in a hidden sibling directory, which
 * is then renamed into place; an existing directory at `path` is replaced.
 */
export function writeDirAtomic(path: string, files: Record<string, string | Uint8Array>): void {
  const parent = dirname(path);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(path)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  for (const [name, data] of Object.entries(files)) writeSynced(join(tmp, name), data);
  const old = join(parent, `.${basename(path)}.old-${process.pid}`);
  let hadOld = false;
  try {
    renameSync(path, old);
    hadOld = true;
  } catch {
    // nothing there yet
  }
  renameSync(tmp, path);
  if (hadOld) rmSync(old, { recursive: true, force: true });
}
