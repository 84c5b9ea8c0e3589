import type * as tf from '@tensorflow/tfjs-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setBackend } from '@probseq/backend';
import { normalize } from '@probseq/data';
import { Adam } from '@probseq/nn';
import { writeFileAtomic } from './atomic';
import { describeSkipped, loadCheckpoint, type TrainerState } from './checkpoint';
import { CliError } from './cli-error';
import type { TrainConfig } from './config';
import { MetricsLog } from './metrics';
import { initGenerative, isPosteriorParameter } from './init-from';
import { buildModel, trainableNamed, type TrainerModel } from './model-factory';
import type { RunPlan } from './resolve-run';
import type { RunConfigFile } from './run-files';
import { RunLock } from './run-lock';

/** Steps per epoch and the total number of steps a configuration asks for. */
export function planSteps(cfg: TrainConfig, trainSequences: number): { perEpoch: number; total: number } {
  const perEpoch = Math.ceil(trainSequences / cfg.batch);
  const total = cfg.steps ?? (cfg.epochs !== undefined ? Math.ceil(cfg.epochs * perEpoch) : 800);
  return { perEpoch, total };
}

/** Everything a training run works with, once its directory is open. */
export interface TrainingRun {
  runDir: string;
  cfg: TrainConfig;
  file: RunConfigFile;
  backend: string;
  model: TrainerModel;
  params: Array<[string, tf.Variable]>;
  adam: Adam;
  /** Counters, saved with each checkpoint. */
  state: TrainerState;
  /** The training split, normalised, with its lengths. */
  train: number[][][];
  lengths: number[];
  valid: number[][][];
  perEpoch: number;
  total: number;
  metrics: MetricsLog;
  lock: RunLock;
  /** A message on stderr (unless --quiet). */
  say: (message: string) => void;
}

const FRESH: TrainerState = {
  step: 0,
  adamT: 0,
  bestValid: null,
  bestStep: null,
  nonFiniteStreak: 0,
  skipped: 0,
  trainSeconds: 0,
  lrScale: 1,
  lrBadValidations: 0,
};

/**
 * Sets up a planned run: backend, model, optimizer and (on resume) the checkpoint's state are made and checked
 * first; only then is the run directory created (or, on resume, locked) and config.json and metrics.jsonl written.
 */
export async function openTrainingRun(plan: RunPlan, quiet: boolean): Promise<TrainingRun> {
  const { cfg, file, runDir } = plan;
  const say = (m: string) => {
    if (!quiet) process.stderr.write(`${m}\n`);
  };
  const backend = await setBackend(cfg.backend).catch((e: Error) => {
    throw new CliError(`--backend ${cfg.backend}: ${e.message}`);
  });
  const model = buildModel(cfg, file.data.dims, file.output);
  initGenerative(model, cfg);
  const params = trainableNamed(model).filter(([name]) => cfg.trainOnly === 'all' || isPosteriorParameter(name));
  const adam = new Adam(
    params.map(([, v]) => v),
    cfg.lr,
    { weightDecay: cfg.weightDecay },
  );

  // From here on, outputs are written: the directory is taken first, so a second trainer refuses.
  if (!plan.resume) {
    mkdirSync(dirname(runDir), { recursive: true });
    try {
      mkdirSync(runDir);
    } catch {
      throw new CliError(`${runDir} already exists: resume it with --resume ${runDir} or pick another --name`);
    }
  }
  const lock = RunLock.acquire(runDir, say);
  let state = { ...FRESH };
  try {
    if (plan.resume) {
      for (const line of describeSkipped(plan.resume)) say(line);
      state = loadCheckpoint(plan.resume.dir, params, adam);
      adam.lr = cfg.lr * state.lrScale;
    }
    writeFileAtomic(join(runDir, 'config.json'), JSON.stringify(file, null, 2));
  } catch (e) {
    lock.release();
    throw e;
  }
  const metrics = new MetricsLog(join(runDir, 'metrics.jsonl'));
  if (plan.resume) metrics.truncateTo(state.step);
  else writeFileSync(metrics.path, '');

  const train = normalize(plan.ds.splits.train, file.normalization);
  const { perEpoch, total } = planSteps(cfg, train.length);
  return {
    runDir,
    cfg,
    file,
    backend: backend.kernels
      ? `${backend.name} (kernel engine: ${backend.kernels.threads} thread${backend.kernels.threads > 1 ? 's' : ''})`
      : backend.name,
    model,
    params,
    adam,
    state,
    train,
    lengths: train.map((s) => s.length),
    valid: plan.ds.splits.valid,
    perEpoch,
    total,
    metrics,
    lock,
    say,
  };
}

/** Frees the model and optimizer and releases the run directory. */
export function closeTrainingRun(run: TrainingRun): void {
  run.model.dispose();
  run.adam.dispose();
  run.lock.release();
}
