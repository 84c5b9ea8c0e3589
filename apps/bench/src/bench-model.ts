import * as tf from '@tensorflow/tfjs-core';
import type { BenchConfig } from './configs';
import { StandaloneVRNN, clipGlobalNorm } from './standalone-vrnn';

/** What a benchmark step runs: one training step, one ELBO evaluation or one batch of samples. */
export interface BenchModel {
  /** Forward + backward + gradient clipping at 10 + Adam (lr 1e-3); returns the loss (read once per step, as the peer does). */
  trainStep(): number;
  /** The negative ELBO without gradients. */
  evalStep(): number;
  /** `T` steps of ancestral sampling for the whole batch; the result is disposed. */
  sampleStep(): void;
  dispose(): void;
}

/** Random inputs with a fixed seed: binary (p = 0.1) for Bernoulli output, standard normal for Gaussian. */
export function benchInputs(c: BenchConfig, seed = 0): tf.Tensor3D {
  return tf.tidy(() =>
    c.output === 'bernoulli'
      ? (tf.cast(tf.less(tf.randomUniform([c.steps, c.batch, c.xDim], 0, 1, 'float32', seed), 0.1), 'float32') as tf.Tensor3D)
      : tf.randomNormal([c.steps, c.batch, c.xDim], 0, 1, 'float32', seed),
  );
}

/** The standalone tfjs VRNN of this app behind the benchmark interface. */
export function standaloneModel(c: BenchConfig, recurrence: 'tape' | 'fused' = 'fused'): BenchModel {
  const model = new StandaloneVRNN(c, { seed: 0, recurrence });
  const xs = benchInputs(c);
  const opt = tf.train.adam(1e-3);
  let seed = 1;
  const noise = () => tf.randomNormal([c.steps, c.batch, c.zDim], 0, 1, 'float32', seed++) as tf.Tensor3D;
  return {
    trainStep() {
      return tf.tidy(() => {
        const eps = noise();
        const { value, grads } = tf.variableGrads(() => model.loss(xs, eps), model.variables());
        opt.applyGradients(clipGlobalNorm(grads, 10));
        return value.dataSync()[0];
      });
    },
    evalStep() {
      return tf.tidy(() => model.loss(xs, noise()).dataSync()[0]);
    },
    sampleStep() {
      tf.dispose(model.sample(c.steps, c.batch, seed++));
    },
    dispose() {
      model.dispose();
      opt.dispose();
      xs.dispose();
    },
  };
}
