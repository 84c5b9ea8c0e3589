import { createRng, generateSynthetic, padBatch } from '@probseq/data';
import { clipByGlobalNorm } from '@probseq/nn';
import { VRNN, type PosteriorKind } from '@probseq/vrnn';
import * as tf from '@tensorflow/tfjs-core';

/** Settings of the in-page training run. */
export interface TrainSettings {
  steps: number;
  batch: number;
  seqLen: number;
  hDim: number;
  zDim: number;
  learningRate: number;
  posterior: PosteriorKind;
  seed: number;
}

/** One optimisation step: the loss is −ELBO per sequence (nats), split into its KL and NLL parts. */
export interface StepStats {
  step: number;
  loss: number;
  kl: number;
  nll: number;
  ms: number;
}

// #region step
/** One Adam step on −ELBO; returns the loss and its KL part (mean over the batch of sums over time). */
export function trainStep(
  model: VRNN,
  optimizer: tf.Optimizer,
  x: tf.Tensor3D,
  mask: tf.Tensor2D,
): { loss: tf.Scalar; kl: tf.Scalar } {
  let kl: tf.Scalar | undefined;
  const loss = tf.tidy(() => {
    const { value, grads } = tf.variableGrads(() => {
      const elbo = model.elbo(x, { mask });
      kl = tf.keep(tf.div(tf.sum(elbo.kl), x.shape[1]) as tf.Scalar);
      return tf.neg(elbo.total) as tf.Scalar; // mean over the batch of Σ_t (KL_t + NLL_t)
    }, model.trainableParameters());
    optimizer.applyGradients(clipByGlobalNorm(grads, 10).grads);
    return value;
  });
  return { loss, kl: kl! };
}
// #endregion step

/**
 * Trains a small VRNN on the 'multimodal' synthetic process (a 2-D walk whose next step jumps between
 * four distant modes), calling `onStep` after every step. Stops early when `signal` aborts.
 * Everything it allocates is disposed before it resolves.
 */
export async function trainVrnn(
  settings: TrainSettings,
  onStep: (s: StepStats) => void,
  signal?: AbortSignal,
): Promise<StepStats[]> {
  const { steps, batch, seqLen, hDim, zDim, learningRate, posterior, seed } = settings;
  const data = generateSynthetic('multimodal', { sequences: 512, steps: seqLen, seed });
  const rng = createRng(seed + 1);
  const model = new VRNN({
    xDim: data.dims,
    hDim,
    zDim,
    cell: 'gru',
    output: 'gaussian',
    posterior,
    seed,
    phiXHidden: [32],
    phiZHidden: [32],
    priorHidden: [32],
    encoderHidden: [32],
    decoderHidden: [32],
  });
  const optimizer = tf.train.adam(learningRate);
  const history: StepStats[] = [];
  try {
    for (let step = 1; step <= steps && !signal?.aborted; step++) {
      const t0 = performance.now();
      const rows = Array.from({ length: batch }, () => data.sequences[rng.int(data.sequences.length)]);
      const { x, mask } = padBatch(rows, data.dims); // x [T, B, 2], mask [T, B]
      const out = trainStep(model, optimizer, x, mask);
      const [lossValue, klValue] = await Promise.all([out.loss.data(), out.kl.data()]);
      tf.dispose([x, mask, out.loss, out.kl]);
      const stats = {
        step,
        loss: lossValue[0],
        kl: klValue[0],
        nll: lossValue[0] - klValue[0],
        ms: performance.now() - t0,
      };
      history.push(stats);
      onStep(stats);
      await new Promise((r) => requestAnimationFrame(r)); // let the page draw the curve
    }
  } finally {
    optimizer.dispose();
    model.dispose();
  }
  return history;
}
