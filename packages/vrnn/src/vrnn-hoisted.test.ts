import * as tf from '@tensorflow/tfjs-core';
import { kl, type DiagGaussian } from '@probseq/distributions';
import { describeBackends, expectClose } from '@probseq/testing';
import { expect, it } from 'vitest';
import type { VRNNOptions } from './config';
import { VRNN } from './vrnn';
import { dropInputs } from './input-dropout';

type State = Record<string, tf.Tensor2D>;

/**
 * Eqs. (5)–(11) transcribed one step at a time with the public blocks and the cell's own step; φx reads
 * `inputs` (x under input dropout) where given, the decoder scores x.
 */
function naive(model: VRNN, x: tf.Tensor3D, noise: tf.Tensor3D, mask?: tf.Tensor2D, inputs?: tf.Tensor3D) {
  const [T, B] = x.shape;
  const xs = tf.unstack(x) as tf.Tensor2D[];
  const eps = tf.unstack(noise) as tf.Tensor2D[];
  const ms = mask ? (tf.unstack(tf.expandDims(mask, 2)) as tf.Tensor2D[]) : null;
  const hold = (next: State, prev: State, t: number): State => {
    if (!ms) return next;
    const out: State = {};
    for (const k of Object.keys(next)) out[k] = tf.add(tf.mul(ms[t], next[k]), tf.mul(tf.sub(1, ms[t]), prev[k])) as tf.Tensor2D;
    return out;
  };
  const fx = (inputs ? (tf.unstack(inputs) as tf.Tensor2D[]) : xs).map((xt) => model.phiX.apply(xt) as tf.Tensor2D);
  const a: tf.Tensor2D[] = new Array(T);
  if (model.backward) {
    let bs = model.backward.initialState(B) as unknown as State;
    for (let t = T - 1; t >= 0; t--) {
      const [next] = model.backward.step(bs as never, fx[t]);
      bs = hold(next as unknown as State, bs, t);
      a[t] = bs.h;
    }
  }
  let state = model.cell.initialState(B) as unknown as State;
  const kls: tf.Tensor[] = [];
  const nlls: tf.Tensor[] = [];
  const lws: tf.Tensor[] = [];
  for (let t = 0; t < T; t++) {
    const h = state.h;
    const p = model.prior.distribution(h);
    const q = model.encoder.distribution(tf.concat(model.backward ? [fx[t], a[t], h] : [fx[t], h], 1)) as DiagGaussian;
    const z = q.reparameterize(eps[t]);
    const fz = model.phiZ.apply(z);
    const dec = model.decoder.distribution(tf.concat([fz, h], 1));
    const m = mask ? tf.squeeze(ms![t], [1]) : tf.ones([B]);
    kls.push(tf.mul(kl(q, p), m));
    nlls.push(tf.mul(tf.neg(dec.logProb(xs[t])), m));
    lws.push(tf.mul(tf.sub(p.logProb(z), q.logProb(z)), m));
    const [next] = model.cell.step(state as never, tf.concat([fx[t], fz], 1) as tf.Tensor2D);
    state = hold(next as unknown as State, state, t);
  }
  const klT = tf.stack(kls);
  const nll = tf.stack(nlls);
  const logWeight = tf.sum(tf.sub(tf.stack(lws), nll), 0);
  return { kl: klT, nll, total: tf.mean(tf.neg(tf.sum(tf.add(klT, nll), 0))), logWeight };
}

const CASES: Array<[string, VRNNOptions]> = [
  ['lstm gaussian filtering', { xDim: 3, hDim: 7, zDim: 4, cell: 'lstm', output: 'gaussian' }],
  // On wasm these two run as one engine graph (engine-vrnn.ts).
  ['lstm bernoulli filtering', { xDim: 9, hDim: 6, zDim: 5, cell: 'lstm', output: 'bernoulli' }],
  ['gru bernoulli filtering, 2-layer encoder', { xDim: 4, hDim: 6, zDim: 3, cell: 'gru', output: 'bernoulli', encoderHidden: [5, 4] }],
  ['lstm gmm smoothing, head-only encoder', { xDim: 2, hDim: 5, zDim: 2, cell: 'lstm', output: 'gmm', mixtureComponents: 3, posterior: 'smoothing', encoderHidden: [] }],
  ['gru gaussian smoothing, deep φ', { xDim: 3, hDim: 6, zDim: 3, cell: 'gru', output: 'gaussian', posterior: 'smoothing', phiXHidden: [5, 4], phiZHidden: [4, 3], smoothingHidden: 4 }],
];

describeBackends('hoisted VRNN pass equals the step-by-step equations', () => {
  for (const [label, cfg] of CASES) {
    it(label, () => {
      const small = { phiXHidden: [5], phiZHidden: [5], priorHidden: [6], encoderHidden: [6], decoderHidden: [6], ...cfg, seed: 3 };
      const model = new VRNN(small);
      const [T, B] = [6, 3];
      const x =
        cfg.output === 'bernoulli'
          ? tf.cast(tf.less(tf.randomUniform([T, B, cfg.xDim], 0, 1, 'float32', 1), 0.5), 'float32')
          : tf.randomNormal([T, B, cfg.xDim], 0, 1, 'float32', 1);
      const noise = tf.randomNormal([T, B, small.zDim ?? 16], 0, 1, 'float32', 2) as tf.Tensor3D;
      const mask = tf.tensor2d([[1, 1, 1], [1, 1, 1], [1, 0, 1], [1, 0, 1], [1, 0, 0], [0, 0, 0]]);
      for (const m of [undefined, mask]) {
        const ref = naive(model, x as tf.Tensor3D, noise, m);
        const e = model.elbo(x, { noise, mask: m });
        expectClose(e.kl, ref.kl, 2e-5, 1e-4);
        expectClose(e.nll, ref.nll, 2e-5, 1e-4);
        expectClose(e.total, ref.total, 2e-5, 1e-5);
        const w = model.logWeights(x, { samples: 1, noise, mask: m });
        expectClose(w, ref.logWeight, 1e-4, 1e-5);
        // and the same gradients
        const vars = model.trainableParameters();
        const g1 = tf.variableGrads(() => model.loss(x, { noise, mask: m }), vars);
        const g2 = tf.variableGrads(() => tf.neg(naive(model, x as tf.Tensor3D, noise, m).total) as tf.Scalar, vars);
        for (const v of vars) expectClose(g1.grads[v.name], g2.grads[v.name], 1e-5, 1e-4);
        tf.dispose([e as unknown as tf.TensorContainer, w, ref as unknown as tf.TensorContainer, g1.value, g2.value]);
        tf.dispose([...Object.values(g1.grads), ...Object.values(g2.grads)]);
      }
      // Input dropout: φx (so the recurrence, the posterior and the smoothing RNN) reads x with features
      // dropped, drawn from the seed; the decoder still scores the clean x.
      const dropped = dropInputs('test', x as tf.Tensor3D, 0.3, 5)!;
      const refD = naive(model, x as tf.Tensor3D, noise, mask, dropped);
      const eD = model.elbo(x, { noise, mask, inputDropout: 0.3, seed: 5 });
      expectClose(eD.kl, refD.kl, 2e-5, 1e-4);
      expectClose(eD.nll, refD.nll, 2e-5, 1e-4);
      expectClose(model.logWeights(x, { samples: 1, noise, mask, inputDropout: 0.3, seed: 5 }), refD.logWeight, 1e-4, 1e-5);
      const vars = model.trainableParameters();
      const g1 = tf.variableGrads(() => model.loss(x, { noise, mask, inputDropout: 0.3, seed: 5 }), vars);
      const g2 = tf.variableGrads(() => tf.neg(naive(model, x as tf.Tensor3D, noise, mask, dropped).total) as tf.Scalar, vars);
      for (const v of vars) expectClose(g1.grads[v.name], g2.grads[v.name], 1e-5, 1e-4);
      // and it is not the clean pass
      const clean = model.elbo(x, { noise, mask });
      expect(Math.abs(clean.total.dataSync()[0] - eD.total.dataSync()[0])).toBeGreaterThan(1e-4);
      tf.dispose([dropped, refD as unknown as tf.TensorContainer, eD as unknown as tf.TensorContainer, clean as unknown as tf.TensorContainer]);
      tf.dispose([g1.value, g2.value, ...Object.values(g1.grads), ...Object.values(g2.grads)]);
      expect(model.numParams()).toBeGreaterThan(0);
      tf.dispose([x, noise, mask]);
      model.dispose();
    });
  }
});
