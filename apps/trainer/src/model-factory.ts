import type * as tf from '@tensorflow/tfjs-core';
import { RNNBaseline, VRNN } from '@probseq/vrnn';
import type { TrainConfig } from './config';

/** The model surface the trainer uses (VRNN and RNNBaseline both provide it). */
export type TrainerModel = VRNN | RNNBaseline;

/** Builds the model a training configuration describes, for data with `xDim` features. */
export function buildModel(cfg: TrainConfig, xDim: number, output: 'gaussian' | 'gmm' | 'bernoulli'): TrainerModel {
  const h = cfg.hidden;
  if (cfg.model === 'rnn') {
    return new RNNBaseline({
      xDim,
      hDim: cfg.hDim,
      phiXHidden: [h],
      decoderHidden: [h],
      cell: cfg.cell,
      output,
      mixtureComponents: cfg.mixtureComponents,
      seed: cfg.seed,
    });
  }
  return new VRNN({
    xDim,
    hDim: cfg.hDim,
    zDim: cfg.zDim,
    phiXHidden: [h],
    phiZHidden: [h],
    priorHidden: [h],
    encoderHidden: [h],
    decoderHidden: [h],
    cell: cfg.cell,
    output,
    mixtureComponents: cfg.mixtureComponents,
    posterior: cfg.posterior,
    seed: cfg.seed,
  });
}

/** Whether the model has latent variables (its log-likelihood is then an importance-sampled estimate). */
export function hasLatents(model: TrainerModel): boolean {
  return model instanceof VRNN;
}

/** The model's trainable parameters with their dotted names, in a fixed order. */
export function trainableNamed(model: TrainerModel): Array<[string, tf.Variable]> {
  return model.namedParameters().filter(([, v]) => v.trainable);
}
