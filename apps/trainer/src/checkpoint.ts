import * as tf from '@tensorflow/tfjs-core';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeDirAtomic, writeFileAtomic } from './atomic';
import { CliError } from './cli-error';
import type { Adam } from '@probseq/nn';
import { assignParameters, checkWeightFiles, encodeWeightFiles, readWeightFiles } from './weights-file';

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
  /**
   * The learning rate is --lr times this (cut on plateaus with --lr-patience), and the validations since the
   * last best or cut (checkpoints written before the schedule existed have neither: 1 and 0).
   */
  lrScale: number;
  lrBadValidations: number;
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

/** A checkpoint to resume from, and the newer ones that did not verify (with the reason). */
export interface ResumePoint {
  step: number;
  dir: string;
  skipped: Array<{ dir: string; reason: string }>;
}

/** Reads and parses a JSON file; errors name the file. */
function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`${path}: missing`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path}: malformed JSON (${(e as Error).message})`);
  }
}

/** Reads a checkpoint's state.json and checks its counters; errors name the file. */
export function readTrainerState(dir: string): TrainerState {
  const path = join(dir, 'state.json');
  const s = readJson(path) as TrainerState;
  if (typeof s !== 'object' || s === null || !Number.isInteger(s.step) || s.step < 0 || !Number.isInteger(s.adamT))
    throw new CliError(`${path}: not a trainer state (expected integer step and adamT)`);
  return { ...s, lrScale: s.lrScale ?? 1, lrBadValidations: s.lrBadValidations ?? 0 };
}

/** Checks that every file of a checkpoint is present and complete; throws a CliError naming the file. */
export function verifyCheckpoint(dir: string): TrainerState {
  const state = readTrainerState(dir);
  for (const manifest of ['model.json', 'optimizer.json']) checkWeightFiles(dir, manifest);
  return state;
}

/**
 * The newest checkpoint of a run that verifies (see {@link verifyCheckpoint}), or null if it has none;
 * newer checkpoints that are damaged or incomplete are listed in `skipped` with the reason.
 */
export function resumePoint(runDir: string): ResumePoint | null {
  const root = join(runDir, 'checkpoints');
  if (!existsSync(root)) return null;
  const names = readdirSync(root)
    .filter((n) => /^step-\d{8}$/.test(n))
    .sort()
    .reverse();
  const skipped: ResumePoint['skipped'] = [];
  for (const name of names) {
    const dir = join(root, name);
    try {
      const state = verifyCheckpoint(dir);
      return { step: state.step, dir, skipped };
    } catch (e) {
      skipped.push({ dir, reason: (e as Error).message });
    }
  }
  if (skipped.length > 0) throw new CliError(`${runDir}: no checkpoint verifies (newest: ${skipped[0].reason})`);
  return null;
}

/** One line per skipped checkpoint, for the console. */
export function describeSkipped(point: ResumePoint): string[] {
  return point.skipped.map(
    (s) => `skipping checkpoint ${basename(s.dir)}: ${s.reason}; using ${basename(point.dir)} (step ${point.step})`,
  );
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
  return readTrainerState(dir);
}
