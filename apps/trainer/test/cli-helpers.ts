import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = join(__dirname, '..', 'bin', 'probseq.mjs');

/** Tiny model and data so that a run takes a few seconds. */
export const TINY = [
  '--h-dim',
  '8',
  '--z-dim',
  '2',
  '--hidden',
  '8',
  '--batch',
  '8',
  '--synthetic-sequences',
  '40',
  '--synthetic-steps',
  '8',
  '--backend',
  'cpu',
  '--quiet',
];

/** `train` with the tiny model into `out/name`, checkpointing every 5 steps and validating every 10. */
export function tinyTrainArgs(out: string, name: string, extra: string[] = []): string[] {
  return ['train', ...TINY, '--out', out, '--name', name, '--checkpoint-every', '5', '--eval-every', '10', ...extra];
}

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would and waits for it. */
export function probseq(args: string[], env: Record<string, string> = {}, timeout = 120_000): Result {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI in the background; `stderr()` is what it has written to stderr so far. */
export function probseqAsync(
  args: string[],
  env: Record<string, string> = {},
): { child: ChildProcess; done: Promise<Result>; stderr: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Result>((res) => child.on('close', (code) => res({ code, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

export function tempDir(prefix = 'probseq-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TrainRecord {
  type: 'train';
  step: number;
  loss: number;
  gradNorm: number;
}

export function metrics(runDir: string): Array<Record<string, unknown>> {
  return readFileSync(join(runDir, 'metrics.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

export function trainLosses(runDir: string): Array<[number, number, number]> {
  return metrics(runDir)
    .filter((r) => r.type === 'train')
    .map((r) => [r.step as number, r.loss as number, r.gradNorm as number]);
}

export async function waitFor(cond: () => boolean, timeoutMs = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function latestStep(runDir: string): number {
  const p = join(runDir, 'checkpoints', 'latest.json');
  if (!existsSync(p)) return -1;
  try {
    return JSON.parse(readFileSync(p, 'utf8')).step;
  } catch {
    return -1;
  }
}
