import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CliError } from './cli-error';

/** Who holds a run directory: the content of `<run>/.lock`. */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** Whether process `pid` exists on this host. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    const o = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return Number.isInteger(o.pid) && typeof o.host === 'string' ? o : null;
  } catch {
    return null;
  }
}

/** Throws the one-line refusal if `owner` still holds the run (alive here, or on another host). */
function refuseIfHeld(runDir: string, owner: LockOwner): void {
  if (owner.host !== hostname())
    throw new CliError(
      `${runDir} is locked by pid ${owner.pid} on host ${owner.host} (since ${owner.since}); if that process is gone, delete ${join(runDir, '.lock')}`,
    );
  if (alive(owner.pid))
    throw new CliError(
      `${runDir} is in use by pid ${owner.pid} on this host (since ${owner.since}); wait for it or stop it first`,
    );
}

/**
 * An exclusive lock on a run directory, so that two trainers never write one run: `<run>/.lock` is created
 * by a hard link (atomic, fails if it exists) and holds the owner's pid and host. A lock whose process has died (same host) is taken over,
 * with a message; a live owner, or one on another host, makes {@link RunLock.acquire} refuse in one line.
 */
export class RunLock {
  private constructor(readonly path: string) {}

  /** Refuses (one line) if another live process holds the run; writes nothing. */
  static checkFree(runDir: string): void {
    const owner = readOwner(join(runDir, '.lock'));
    if (owner && owner.pid !== process.pid) refuseIfHeld(runDir, owner);
  }

  static acquire(runDir: string, say: (message: string) => void): RunLock {
    const path = join(runDir, '.lock');
    const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt++) {
      // Written in full to a temp file, then hard-linked into place: link fails if the lock exists, and a
      // reader never sees a half-written lock.
      const tmp = `${path}.tmp-${process.pid}`;
      writeFileSync(tmp, JSON.stringify(me));
      try {
        linkSync(tmp, path);
        return new RunLock(path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      } finally {
        rmSync(tmp, { force: true });
      }
      const owner = readOwner(path);
      if (owner) refuseIfHeld(runDir, owner);
      // Stale (its process is gone) or torn: move it aside atomically, so only one process takes it over.
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
      } catch {
        continue;
      }
      rmSync(aside, { force: true });
      say(
        `taking over the lock of ${runDir}: ${owner ? `pid ${owner.pid} is no longer running` : 'the lock file was unreadable'}`,
      );
    }
    throw new CliError(`${path}: could not take the lock (another process keeps taking it)`);
  }

  /** Removes the lock if this process still holds it. */
  release(): void {
    if (readOwner(this.path)?.pid === process.pid) rmSync(this.path, { force: true });
  }
}
