import * as tf from '@tensorflow/tfjs-core';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeDirAtomic, writeFileAtomic } from './atomic';
import { CliError } from './cli-error';
import type { Adam } from '@probseq/nn';
import { assignParameters, encodeWeightFiles, readWeightFiles } from './weights-file';

/** Trainer counters stored with each checkpoint. */
export interface TrainerState {
  /** Number of completed steps (the next step index). */
  step: number;
  /** Adam's update count (steps minus skipped steps). */
  adamT: number;
  /** Best validation ELBO so far (nats per step, original scale) and its step. */
  bestValid: number | null;
  bestStep: number | null;
  /** Consecutive non-finite steps at the time of the checkpoint. */
  nonFiniteStreak: number;
  /** Total skipped steps. */
  skipped: number;
  /** Training seconds so far (excluding evaluation). */
  trainSeconds: number;
}

const LATEST = 'latest.json';

/**
 * Writes checkpoint `step` under `<run>/checkpoints/`: model weights, optimizer moments and trainer
 * state go into `step-XXXXXXXX/` (written to a temp directory, fsynced, renamed), then
 * `latest.json` is atomically replaced to point at it. A crash at any moment leaves `latest.json`
 * pointing at a complete checkpoint. Older checkpoints beyond the last two are removed.
 */
export async function saveCheckpoint(
  runDir: string,
  params: Array<[string, tf.Variable]>,
  adam: Adam,
  state: TrainerState,
): Promise<void> {
  const dir = join(runDir, 'checkpoints');
  const name = `step-${String(state.step).padStart(8, '0')}`;
  const model = await encodeWeightFiles(Object.fromEntries(params), { step: state.step });
  const opt = await encodeWeightFiles(adam.state(), { t: adam.t }, 'optimizer.bin');
  writeDirAtomic(join(dir, name), {
    'model.json': model.manifest,
    'weights.bin': model.bin,
    'optimizer.json': opt.manifest,
    'optimizer.bin': opt.bin,
    'state.json': JSON.stringify(state, null, 2),
  });
  writeFileAtomic(join(dir, LATEST), JSON.stringify({ step: state.step, dir: name }));
  const old = readdirSync(dir)
    .filter((n) => /^step-\d{8}$/.test(n) && n !== name)
    .sort();
  for (const n of old.slice(0, Math.max(0, old.length - 1))) rmSync(join(dir, n), { recursive: true, force: true });
}

/** Where the last complete checkpoint of a run is, or null if it has none. */
export function latestCheckpoint(runDir: string): { step: number; dir: string } | null {
  const path = join(runDir, 'checkpoints', LATEST);
  if (!existsSync(path)) return null;
  let latest: { step: number; dir: string };
  try {
    latest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`${path}: unreadable (${(e as Error).message})`);
  }
  const dir = join(runDir, 'checkpoints', latest.dir);
  if (!existsSync(join(dir, 'state.json')))
    throw new CliError(`${path}: points at ${dir}, which is incomplete or missing`);
  return { step: latest.step, dir };
}

/** Loads a checkpoint into the model parameters and the optimizer; returns the trainer state. */
export function loadCheckpoint(dir: string, params: Array<[string, tf.Variable]>, adam: Adam): TrainerState {
  const model = readWeightFiles(dir, 'model.json');
  assignParameters(params, model.tensors, dir);
  const opt = readWeightFiles(dir, 'optimizer.json');
  try {
    adam.restore(opt.tensors, Number(opt.metadata.t));
  } catch (e) {
    throw new CliError(`${dir}: checkpoint from another config: ${(e as Error).message}`);
  } finally {
    tf.dispose(Object.values(opt.tensors));
  }
  return JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as TrainerState;
}
