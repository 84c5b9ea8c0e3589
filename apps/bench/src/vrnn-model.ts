import * as tf from '@tensorflow/tfjs-core';
import { Adam } from '@probseq/nn';
import { VRNN } from '@probseq/vrnn';
import { benchInputs, type BenchModel } from './bench-model';
import type { BenchConfig } from './configs';

/** The `@probseq/vrnn` options equal to a benchmark configuration (LSTM, filtering posterior, one ReLU layer per MLP). */
export function vrnnOptions(c: BenchConfig, seed = 0) {
  return {
    xDim: c.xDim,
    hDim: c.hDim,
    zDim: c.zDim,
    phiXHidden: [c.mlp],
    phiZHidden: [c.mlp],
    priorHidden: [c.mlp],
    encoderHidden: [c.mlp],
    decoderHidden: [c.mlp],
    cell: 'lstm' as const,
    output: c.output,
    posterior: 'filtering' as const,
    minScale: 1e-4,
    seed,
  };
}

/** The real `@probseq/vrnn` VRNN behind the benchmark interface: loss = −ELBO, clip at 10, Adam 1e-3 (@probseq/nn's). */
export function vrnnModel(c: BenchConfig): BenchModel {
  const model = new VRNN(vrnnOptions(c));
  const xs = benchInputs(c);
  const vars = model.trainableParameters();
  const opt = new Adam(vars, 1e-3);
  let seed = 1;
  return {
    trainStep() {
      return tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => model.loss(xs, { seed: seed++ }), vars);
        opt.step(vars.map((v) => grads[v.name]), { maxNorm: 10 });
        return value.dataSync()[0];
      });
    },
    evalStep() {
      return tf.tidy(() => model.loss(xs, { seed: seed++ }).dataSync()[0]);
    },
    sampleStep() {
      // The peer returns the decoder mean for Gaussian output and samples Bernoulli output.
      tf.dispose(model.sample({ steps: c.steps, batch: c.batch, seed: seed++, mean: c.output === 'gaussian' }));
    },
    dispose() {
      model.dispose();
      opt.dispose();
      xs.dispose();
    },
  };
}
