import * as tf from '@tensorflow/tfjs-core';
import { unstackRows } from '@probseq/backend';
import { DiagGaussian } from '@probseq/distributions';
import { activate, affine } from '@probseq/nn';
import { scan } from '@probseq/rnn';
import { splitLocScale } from '@probseq/vae';
import type { ParticleSteps } from './fivo';
import { SplitInputCell, type GateWeights, type SplitState } from './split-input-cell';
import type { VRNN } from './vrnn';

/**
 * The VRNN as a particle filter for FIVO: x `[T, B, D]` is tiled to N·B rows (particle n of sequence b
 * in row n·B + b) and each step, from the row's h_{t−1},
 *
 *   z_t = μ_z,t + σ_z,t·ε_t  ~ q(z_t | φx(x_t), [a_t,] h_{t−1})        (the filtering or smoothing proposal)
 *   log α_t = log p(x_t | φz(z_t), h_{t−1}) + log p(z_t | h_{t−1}) − log q(z_t | ·)
 *   h_t = f(φx(x_t), φz(z_t), h_{t−1})
 *
 * — the step-by-step maths of `VRNN` (its unfused branch), with the prior and decoder evaluated inside
 * the step because the particles' states are resampled between steps. φx(x), the smoothing RNN's a_t
 * and the input halves of the encoder's first layer and of the recurrence are computed before the loop.
 * Padded steps give log α_t = 0 and keep the state. Not tidied.
 */
export function vrnnParticleSteps(
  model: VRNN,
  x: tf.Tensor3D,
  mask: tf.Tensor2D | undefined,
  options: { particles: number; noise?: tf.Tensor3D; seed?: number; inputs?: tf.Tensor3D | null },
): ParticleSteps {
  const c = model.config;
  const N = options.particles;
  const [T, B] = x.shape;
  const R = N * B;
  const xk = N === 1 ? x : (tf.tile(x, [1, N, 1]) as tf.Tensor3D);
  const mk = mask && N > 1 ? (tf.tile(mask, [1, N]) as tf.Tensor2D) : mask;
  // φx reads x under input dropout where given (the likelihood still scores x).
  const inputs = options.inputs ?? x;
  const fx = model.phiX.apply(N === 1 ? inputs : tf.tile(inputs, [1, N, 1]));
  let encStatic = fx;
  if (model.backward) {
    const a = scan(model.backward, fx as tf.Tensor3D, { reverse: true, mask: mk }).outputs;
    encStatic = tf.concat([fx, a], 2);
  }
  const enc = model.encoder;
  const S = encStatic.shape[2] as number;
  const first = enc.layers[0] ?? enc.head.linear;
  const E = first.outFeatures;
  const wStatic = tf.slice(first.weight, [0, 0], [S, E]);
  const wH = tf.slice(first.weight, [S, 0], [c.hDim, E]);
  const encPre = unstackRows(tf.reshape(affine(tf.reshape(encStatic, [T * R, S]), wStatic, first.bias), [T, R, E]));
  const split = new SplitInputCell(c.cell, model.cell as unknown as GateWeights, model.phiX.outFeatures);
  const cellPre = split.precompute(fx);
  const eps = unstackRows(options.noise ?? tf.randomNormal([T, R, c.zDim], 0, 1, 'float32', options.seed));
  const xs = unstackRows(xk);
  const live = mk ? unstackRows(mk) : null;
  return {
    steps: T,
    batch: B,
    particles: N,
    initial: () => (c.cell === 'lstm' ? [tf.zeros([R, c.hDim]), tf.zeros([R, c.hDim])] : [tf.zeros([R, c.hDim])]),
    step: (t, [h, cPrev]) => {
      const pre = affine(h, wH, encPre[t]);
      let qLoc: tf.Tensor;
      let qScale: tf.Tensor;
      if (enc.layers.length > 0) {
        let y = activate(pre, enc.activation);
        for (let l = 1; l < enc.layers.length; l++) y = activate(enc.layers[l].apply(y), enc.activation);
        [qLoc, qScale] = enc.head.locScale(y);
      } else {
        [qLoc, qScale] = splitLocScale(pre, enc.head.minScale);
      }
      const z = tf.add(qLoc, tf.mul(qScale, eps[t]));
      const fz = model.phiZ.apply(z) as tf.Tensor2D;
      const q = new DiagGaussian(qLoc, qScale, { validateArgs: false });
      const p = model.prior.distribution(h);
      const dec = model.decoder.distribution(tf.concat([fz, h], 1));
      let logAlpha = tf.sub(tf.add(dec.logProb(xs[t]), p.logProb(z)), q.logProb(z));
      const prev: SplitState = { h: h as tf.Tensor2D, ...(cPrev ? { c: cPrev as tf.Tensor2D } : {}) };
      const next = split.step(prev, cellPre[t] as tf.Tensor2D, fz);
      if (live) {
        const m = live[t];
        logAlpha = tf.mul(logAlpha, m);
        const m2 = tf.expandDims(m, 1);
        next.h = tf.add(prev.h, tf.mul(m2, tf.sub(next.h, prev.h))) as tf.Tensor2D;
        if (next.c && prev.c) next.c = tf.add(prev.c, tf.mul(m2, tf.sub(next.c, prev.c))) as tf.Tensor2D;
      }
      return { state: next.c ? [next.h, next.c] : [next.h], logAlpha };
    },
  };
}
