import * as tf from '@tensorflow/tfjs-core';
import { Adam } from '@probseq/nn';
import { VRNN, resolveVRNNConfig, type VRNNConfig, type VRNNOptions } from '@probseq/vrnn';
import { benchInputs, type BenchModel } from './bench-model';
import type { BenchConfig } from './configs';
import { VARIANTS, type BenchVariant } from './variants';

/**
 * The `@probseq/vrnn` options of a benchmark configuration: LSTM, filtering posterior, one ReLU layer per MLP,
 * then what `variant` changes.
 */
export function vrnnOptions(c: BenchConfig, variant: BenchVariant = VARIANTS.filtering, seed = 0): VRNNOptions {
  return {
    xDim: c.xDim,
    hDim: c.hDim,
    zDim: c.zDim,
    phiXHidden: [c.mlp],
    phiZHidden: [c.mlp],
    priorHidden: [c.mlp],
    encoderHidden: [c.mlp],
    decoderHidden: [c.mlp],
    cell: 'lstm',
    output: c.output,
    posterior: 'filtering',
    minScale: 1e-4,
    seed,
    ...variant.options(c),
  };
}

/** The resolved VRNN configuration a benchmark case runs (what its FLOPs are counted from). */
export function benchVRNNConfig(c: BenchConfig, variant: BenchVariant = VARIANTS.filtering): VRNNConfig {
  return resolveVRNNConfig(vrnnOptions(c, variant));
}

/**
 * The real `@probseq/vrnn` VRNN behind the benchmark interface: loss = −ELBO (or the variant's objective),
 * clip at 10, Adam 1e-3 (@probseq/nn's). A `logLikelihood` variant's eval step returns −mean log p̂(x).
 */
export function vrnnModel(c: BenchConfig, variant: BenchVariant = VARIANTS.filtering): BenchModel {
  const model = new VRNN(vrnnOptions(c, variant));
  const xs = benchInputs(c);
  const vars = model.trainableParameters();
  const opt = new Adam(vars, 1e-3);
  const objective = variant.objective;
  let seed = 1;
  const modeCheck = (mode: 'train' | 'eval' | 'sample') => {
    if (!variant.modes.includes(mode)) throw new Error(`variant '${variant.name}' has no ${mode} mode: ${variant.skipReason}`);
  };
  return {
    trainStep() {
      modeCheck('train');
      return tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => model.loss(xs, { seed: seed++, objective }), vars);
        opt.step(vars.map((v) => grads[v.name]), { maxNorm: 10 });
        return value.dataSync()[0];
      });
    },
    evalStep() {
      modeCheck('eval');
      return tf.tidy(() => {
        const loss = variant.logLikelihood
          ? tf.neg(tf.mean(model.logLikelihood(xs, { samples: variant.samples, seed: seed++ })))
          : model.loss(xs, { seed: seed++, objective });
        return loss.dataSync()[0];
      });
    },
    sampleStep() {
      modeCheck('sample');
      // The peer returns the decoder mean for Gaussian output and samples Bernoulli output.
      tf.dispose(model.sample({ steps: c.steps, batch: c.batch, seed: seed++, mean: model.config.output === 'gaussian' }));
    },
    dispose() {
      model.dispose();
      opt.dispose();
      xs.dispose();
    },
  };
}
