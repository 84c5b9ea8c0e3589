import { join } from 'node:path';
import { deriveSeed, encodeParameters } from '@probseq/nn';
import { writeDirAtomic, writeFileAtomic } from './atomic';
import { saveCheckpoint } from './checkpoint';
import { evaluateSplit } from './evaluate-split';
import { lossCurveSvg } from './loss-curve';
import { afterValidation } from './lr-plateau';
import { DEFAULT_EVAL_MEMORY_MIB, bytesPerRowStep, rowStepBudget } from './memory-budget';
import { readMetrics } from './metrics';
import type { TrainingRun } from './training-run';

/**
 * Writes `<run>/best` in @probseq/nn's parameter format with `{ kind, ...config }` as the stored
 * configuration, as `VRNN.save` / `RNNBaseline.save` do (so `VRNN.load(<run>/best)` works), plus the
 * step; the directory as a whole is replaced atomically.
 */
async function saveBest(run: TrainingRun, step: number): Promise<void> {
  const { file, model } = run;
  const kind = file.config.model; // 'vrnn' | 'rnn', the kinds VRNN.save and RNNBaseline.save store
  const { modelJson, weights } = await encodeParameters(model, { config: { kind, ...model.config } });
  modelJson.userDefinedMetadata.step = step;
  writeDirAtomic(join(run.runDir, 'best'), {
    'model.json': JSON.stringify(modelJson),
    'weights.bin': new Uint8Array(weights),
    'trainer.json': JSON.stringify(
      { step, output: file.output, data: file.data, normalization: file.normalization },
      null,
      2,
    ),
  });
}

/** Validation ELBO after `completed` steps: logged to metrics.jsonl; a new best is saved to `<run>/best`. */
export async function validate(run: TrainingRun, completed: number): Promise<void> {
  const { cfg, file, state } = run;
  const s = await evaluateSplit(run.model, run.valid, {
    dims: file.data.dims,
    stats: file.normalization,
    batch: Math.max(cfg.batch, 32),
    seed: deriveSeed(cfg.seed, 'valid'),
    maxRowSteps: rowStepBudget(DEFAULT_EVAL_MEMORY_MIB, bytesPerRowStep(cfg, file.data.dims, file.output)),
    // Validate (and keep the best model by) the bound being trained: ELBO, IWAE(K) = IS with K, or FIVO(N).
    ...(cfg.objective === 'iwae' ? { samples: cfg.iwaeSamples } : cfg.objective === 'fivo' ? { particles: cfg.particles } : {}),
  });
  const own = cfg.objective === 'iwae' ? s.logLikelihood : cfg.objective === 'fivo' ? s.fivo : null;
  const perStep = (own ?? s.elbo) / s.steps;
  const best = state.bestValid === null || perStep > state.bestValid;
  if (best) {
    state.bestValid = perStep;
    state.bestStep = completed;
    await saveBest(run, completed);
  }
  const plateau = afterValidation(state, best, cfg.lrPatience, cfg.lrFactor);
  if (plateau.lrScale !== state.lrScale) {
    run.adam.lr = cfg.lr * plateau.lrScale;
    run.say(`step ${completed}: no new best validation bound in ${cfg.lrPatience + 1} validations; learning rate now ${run.adam.lr.toPrecision(3)}`);
  }
  Object.assign(state, plateau);
  run.metrics.append({
    type: 'valid',
    step: completed,
    elboPerStep: s.elbo / s.steps,
    elboPerSequence: s.elbo / s.sequences,
    boundPerStep: perStep,
    bound: cfg.objective === 'elbo' ? 'elbo' : cfg.objective === 'iwae' ? `iwae(${cfg.iwaeSamples})` : `fivo(${cfg.particles})`,
    best,
    lr: run.adam.lr,
  });
}

/** A checkpoint of the weights, Adam's moments and the counters at the current step. */
export async function checkpoint(run: TrainingRun): Promise<void> {
  run.state.adamT = run.adam.t;
  await saveCheckpoint(run.runDir, run.params, run.adam, run.state);
}

/** `<run>/loss.svg` from metrics.jsonl. */
export function writeLossCurve(run: TrainingRun): void {
  writeFileAtomic(
    join(run.runDir, 'loss.svg'),
    lossCurveSvg(readMetrics(run.metrics.path), `${run.cfg.model} on ${run.file.data.name}`),
  );
}
