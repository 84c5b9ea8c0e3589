import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './cli-error';
import type { TrainConfig } from './config';
import type { TrainerModel } from './model-factory';
import { assignParameters, readWeightFiles } from './weights-file';

/** Parameters of the VRNN's approximate posterior q: the encoder and the smoothing family's backward RNN. */
export function isPosteriorParameter(name: string): boolean {
  return name.startsWith('encoder.') || name.startsWith('backward.');
}

/**
 * `--init-from <model dir>`: copies the generative model (everything but q) from a saved model (a run's
 * `best/` or a checkpoint), so q can be refitted against it (`--train-only q`); q starts fresh, so a
 * filtering model's generative part can be paired with either posterior family.
 */
export function initGenerative(model: TrainerModel, cfg: TrainConfig): void {
  if (cfg.trainOnly === 'q' && (cfg.model !== 'vrnn' || !cfg.initFrom)) {
    throw new CliError(
      cfg.model !== 'vrnn'
        ? '--train-only q: the rnn model has no posterior q'
        : '--train-only q needs --init-from <model-dir> (a frozen, trained generative model)',
    );
  }
  if (!cfg.initFrom) return;
  if (!existsSync(join(cfg.initFrom, 'model.json'))) {
    throw new CliError(`--init-from ${cfg.initFrom}: no model.json there (expected a run's best/ directory)`);
  }
  const generative = model.namedParameters().filter(([name]) => !isPosteriorParameter(name));
  const { tensors } = readWeightFiles(cfg.initFrom);
  for (const name of Object.keys(tensors)) {
    if (isPosteriorParameter(name)) {
      tensors[name].dispose();
      delete tensors[name];
    }
  }
  assignParameters(generative, tensors, cfg.initFrom);
}
