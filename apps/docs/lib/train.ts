import { createRng, generateSynthetic, padBatch } from '@probseq/data';
import { clipByGlobalNorm } from '@probseq/nn';
import { RNNBaseline, VRNN, type PosteriorKind } from '@probseq/vrnn';
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
  /** Steps over which the KL weight β rises linearly from 0 to 1 (KL annealing). */
  klWarmup: number;
  /** Free bits: nats per time step of KL the objective does not charge for (KL_t counts as max(KL_t, λ)). */
  freeBits: number;
  seed: number;
}

/** The defaults the page starts with (the browser tests check what they reach). */
export const DEFAULT_SETTINGS: TrainSettings = {
  steps: 200,
  batch: 16,
  seqLen: 16,
  hDim: 32,
  zDim: 4,
  learningRate: 0.01,
  posterior: 'filtering',
  klWarmup: 60,
  freeBits: 0.25,
  seed: 1,
};

/** One step of both models on the same batch; all in nats per sequence (mean over the batch of sums over time). */
export interface StepStats {
  step: number;
  /** The VRNN's −ELBO (with β = 1, whatever the annealing weight). */
  loss: number;
  /** Its KL part. */
  kl: number;
  /** Its reconstruction part. */
  nll: number;
  /** The RNN baseline's −log p(x) (exact) on the same batch. */
  rnn: number;
  /** The KL weight β the VRNN step used. */
  beta: number;
  /** Milliseconds for the step of both models. */
  ms: number;
}

/** What a finished run leaves for the page: its curve and a few sequences drawn from each trained model. */
export interface TrainResult {
  history: StepStats[];
  /** Sequences `[sequence][t] = [x, y]`: real data, VRNN samples, RNN samples. */
  samples: { data: number[][][]; vrnn: number[][][]; rnn: number[][][] };
}

/** The KL weight at `step` (1-based): β rises linearly over the first `warmup` steps, then stays 1. */
export function klWeight(step: number, warmup: number): number {
  return warmup <= 0 ? 1 : Math.min(1, step / warmup);
}

// #region step
/**
 * One Adam step of the VRNN on Σ_t (NLL_t + β·max(KL_t, λ)), mean over the batch: KL annealing (β) and
 * free bits (λ nats per step cost nothing, so the encoder is never pushed all the way to the prior).
 * Returns the true −ELBO (β = 1, no floor) and its KL part, for the curve.
 */
export function vrnnStep(
  model: VRNN,
  optimizer: tf.Optimizer,
  x: tf.Tensor3D,
  mask: tf.Tensor2D,
  { beta, freeBits, seed }: { beta: number; freeBits: number; seed?: number },
): { loss: tf.Scalar; kl: tf.Scalar } {
  const B = x.shape[1];
  let kl: tf.Scalar | undefined;
  let loss: tf.Scalar | undefined;
  tf.tidy(() => {
    const { grads } = tf.variableGrads(() => {
      const elbo = model.elbo(x, { mask, seed });
      const klSum = tf.div(tf.sum(elbo.kl), B) as tf.Scalar;
      const nllSum = tf.div(tf.sum(elbo.nll), B) as tf.Scalar;
      kl = tf.keep(klSum);
      loss = tf.keep(tf.add(nllSum, klSum) as tf.Scalar);
      const charged = tf.div(tf.sum(tf.mul(tf.maximum(elbo.kl, freeBits), mask)), B);
      return tf.add(nllSum, tf.mul(beta, charged)) as tf.Scalar;
    }, model.trainableParameters());
    optimizer.applyGradients(clipByGlobalNorm(grads, 10).grads);
  });
  return { loss: loss!, kl: kl! };
}
// #endregion step

/** One Adam step of the RNN baseline on its exact −log p(x); returns that loss. */
export function rnnStep(model: RNNBaseline, optimizer: tf.Optimizer, x: tf.Tensor3D, mask: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const { value, grads } = tf.variableGrads(() => model.loss(x, { mask }), model.trainableParameters());
    optimizer.applyGradients(clipByGlobalNorm(grads, 10).grads);
    return value;
  });
}

/** Waits for the next frame in a browser (so the page can draw), for a macrotask elsewhere. */
function nextFrame(): Promise<void> {
  return new Promise((r) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => r()) : setTimeout(r, 0)));
}

/** `[T, B, D]` → `[B][T][D]`, read asynchronously (a synchronous read stalls the page on WebGPU). */
async function toRows(t: tf.Tensor3D): Promise<number[][][]> {
  const a = await t.array();
  return a[0].map((_, b) => a.map((row) => row[b]));
}

/**
 * Trains a small VRNN and, on the same batches, an RNN baseline of the same size (GRU state, φx and
 * decoder, Gaussian output; no latent; every network has one hidden layer of `hDim` units) on the 'multimodal' synthetic process: a 2-D walk whose next
 * point jumps between four places on a circle, chosen by a hidden mode. Calls `onStep` after every
 * step; stops early when `signal` aborts. Everything it allocates is disposed before it resolves.
 */
export async function trainVrnn(
  settings: TrainSettings,
  onStep: (s: StepStats) => void,
  signal?: AbortSignal,
): Promise<TrainResult> {
  const { steps, batch, seqLen, hDim, zDim, learningRate, posterior, klWarmup, freeBits, seed } = settings;
  const data = generateSynthetic('multimodal', { sequences: 512, steps: seqLen, seed });
  const rng = createRng(seed + 1);
  const hidden = [hDim];
  const vrnn = new VRNN({
    xDim: data.dims,
    hDim,
    zDim,
    cell: 'gru',
    output: 'gaussian',
    posterior,
    seed,
    phiXHidden: hidden,
    phiZHidden: hidden,
    priorHidden: hidden,
    encoderHidden: hidden,
    decoderHidden: hidden,
  });
  const rnn = new RNNBaseline({
    xDim: data.dims,
    hDim,
    cell: 'gru',
    output: 'gaussian',
    seed,
    phiXHidden: hidden,
    decoderHidden: hidden,
  });
  const vrnnOpt = tf.train.adam(learningRate);
  const rnnOpt = tf.train.adam(learningRate);
  const history: StepStats[] = [];
  try {
    for (let step = 1; step <= steps && !signal?.aborted; step++) {
      const t0 = performance.now();
      const rows = Array.from({ length: batch }, () => data.sequences[rng.int(data.sequences.length)]);
      const { x, mask } = padBatch(rows, data.dims); // x [T, B, 2], mask [T, B]
      const beta = klWeight(step, klWarmup);
      // A seeded ε per step: a run with the same settings and backend draws the same curve.
      const v = vrnnStep(vrnn, vrnnOpt, x, mask, { beta, freeBits, seed: seed * 100_003 + step });
      const r = rnnStep(rnn, rnnOpt, x, mask);
      const [lossValue, klValue, rnnValue] = await Promise.all([v.loss.data(), v.kl.data(), r.data()]);
      tf.dispose([x, mask, v.loss, v.kl, r]);
      const stats: StepStats = {
        step,
        loss: lossValue[0],
        kl: klValue[0],
        nll: lossValue[0] - klValue[0],
        rnn: rnnValue[0],
        beta,
        ms: performance.now() - t0,
      };
      history.push(stats);
      onStep(stats);
      await nextFrame();
    }
    const shown = 3;
    const vs = vrnn.sample({ steps: seqLen, batch: shown, seed: seed + 7 });
    const rs = rnn.sample({ steps: seqLen, batch: shown, seed: seed + 7 });
    const samples = { data: data.sequences.slice(0, shown), vrnn: await toRows(vs), rnn: await toRows(rs) };
    tf.dispose([vs, rs]);
    return { history, samples };
  } finally {
    vrnnOpt.dispose();
    rnnOpt.dispose();
    vrnn.dispose();
    rnn.dispose();
  }
}
