import * as tf from '@tensorflow/tfjs-core';
import type { BenchConfig } from './configs';

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
