import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Adam } from '@probseq/nn';
import { describeSkipped, loadCheckpoint, resumePoint } from './checkpoint';
import { CliError } from './cli-error';
import { buildModel, trainableNamed, type TrainerModel } from './model-factory';
import { readRunConfig, type RunConfigFile } from './run-files';
import { assignParameters, readWeightFiles } from './weights-file';

/** A trained model with its run's configuration. */
export interface LoadedRun {
  runDir: string;
  file: RunConfigFile;
  model: TrainerModel;
  /** `best (step N)` or `checkpoint (step N)`. */
  which: string;
}

/**
 * Loads a run's best model (`<run>/best`, saved at the best validation ELBO) or, with
 * `checkpoint: true` or when no best model exists yet, the latest checkpoint.
 */
export async function loadRunModel(dir: string, options: { checkpoint?: boolean } = {}): Promise<LoadedRun> {
  const runDir = resolve(dir);
  const file = readRunConfig(runDir);
  const bestDir = join(runDir, 'best');
  if (!options.checkpoint && existsSync(join(bestDir, 'model.json'))) {
    const { tensors, metadata } = readWeightFiles(bestDir);
    const model = buildModel(file.config, file.data.dims, file.output);
    try {
      assignParameters(model.namedParameters(), tensors, bestDir);
    } catch (e) {
      model.dispose();
      throw e;
    }
    return { runDir, file, model, which: `best (step ${String(metadata.step ?? '?')})` };
  }
  const latest = resumePoint(runDir);
  if (!latest) throw new CliError(`${runDir}: no trained model yet (neither best/ nor a checkpoint)`);
  for (const line of describeSkipped(latest)) process.stderr.write(`probseq: ${line}\n`);
  const model = buildModel(file.config, file.data.dims, file.output);
  const params = trainableNamed(model);
  const adam = new Adam(
    params.map(([, v]) => v),
    file.config.lr,
  );
  try {
    loadCheckpoint(latest.dir, params, adam);
  } finally {
    adam.dispose();
  }
  return { runDir, file, model, which: `checkpoint (step ${latest.step})` };
}
