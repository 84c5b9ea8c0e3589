import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectClose, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';

// Slow on WebGPU's software adapter; the parity and step-by-step suites cover webgpu.
const CPU_WASM = { backends: ['cpu', 'wasm'] as Array<'cpu' | 'wasm'> };
import { RNNBaseline } from './rnn-baseline';
import type { RNNOptions } from './config';

/** log p(x) = Σ_t log p(x_t | h_{t−1}) one step at a time with the cell's own step. */
function naiveLogLik(model: RNNBaseline, x: tf.Tensor3D, lengths: number[]): number[] {
  const [T, B] = x.shape;
  return tf.tidy(() => {
    let state = model.cell.initialState(B) as never;
    let h: tf.Tensor = tf.zeros([B, model.config.hDim]);
    const terms: tf.Tensor[] = [];
    const xs = tf.unstack(x) as tf.Tensor2D[];
    for (let t = 0; t < T; t++) {
      terms.push(model.decoder.distribution(h).logProb(xs[t]));
      const [next, out] = model.cell.step(state, model.phiX.apply(xs[t]) as tf.Tensor2D);
      state = next as never;
      h = out;
    }
    const lp = tf.stack(terms).arraySync() as number[][];
    return lengths.map((L, b) => lp.slice(0, L).reduce((s, r) => s + r[b], 0));
  });
}

const CASES: Array<[string, Omit<RNNOptions, 'seed'>]> = [
  ['RNN-Gauss (lstm)', { xDim: 2, hDim: 6, phiXHidden: [5], decoderHidden: [5], output: 'gaussian', cell: 'lstm' }],
  ['RNN-GMM (gru)', { xDim: 2, hDim: 6, phiXHidden: [5], decoderHidden: [5], output: 'gmm', mixtureComponents: 3, cell: 'gru' }],
  ['RNN-Bernoulli (lstm)', { xDim: 4, hDim: 6, phiXHidden: [5], decoderHidden: [], output: 'bernoulli', cell: 'lstm' }],
];

describeBackends('RNNBaseline', () => {
  for (const [label, cfg] of CASES) {
    it(`${label}: exact log-likelihood equals the step-by-step product of predictive densities`, () => {
      const model = new RNNBaseline({ ...cfg, seed: 1 });
      const [T, B] = [6, 3];
      const x = (cfg.output === 'bernoulli'
        ? tf.cast(tf.less(tf.randomUniform([T, B, cfg.xDim], 0, 1, 'float32', 2), 0.4), 'float32')
        : tf.randomNormal([T, B, cfg.xDim], 0, 1, 'float32', 2)) as tf.Tensor3D;
      const lengths = [6, 2, 4];
      const mask = tf.tensor2d(Array.from({ length: T }, (_, t) => lengths.map((L) => (t < L ? 1 : 0))));
      const expected = naiveLogLik(model, x, lengths);
      const ll = model.logLikelihood(x, { mask, samples: 50 });
      expectClose(ll, expected, 1e-4, 1e-5);
      const e = model.elbo(x, { mask });
      expectClose(e.perSequence, expected, 1e-4, 1e-5);
      expect(Array.from(e.kl.dataSync()).every((v) => v === 0)).toBe(true);
      const w = model.logWeights(x, { mask, samples: 4 });
      expect(w.shape).toEqual([4, B]);
      expectClose(tf.tidy(() => tf.gather(w, 3)), expected, 1e-4, 1e-5);
      const loss = model.loss(x, { mask });
      expectClose(loss, -(expected[0] + expected[1] + expected[2]) / 3, 1e-4, 1e-5);
      tf.dispose([x, mask, ll, e as never, w, loss]);
      model.dispose();
    });
  }

  it('sample, reconstruct, no leaks, bad input named', async () => {
    const model = new RNNBaseline({ xDim: 2, hDim: 6, output: 'gmm', mixtureComponents: 2, seed: 3 });
    const s = model.sample({ steps: 5, batch: 2, seed: 1 });
    expect(s.shape).toEqual([5, 2, 2]);
    const s2 = model.sample({ steps: 5, batch: 2, seed: 1 });
    expectClose(s, s2, 0, 0);
    expect(model.reconstruct(s).shape).toEqual([5, 2, 2]);
    await expectNoLeak(() => model.elbo(s));
    await expectNoLeak(() => tf.variableGrads(() => model.loss(s)));
    await expectNoLeak(() => model.sample({ steps: 3, batch: 2 }));
    await expectNoLeak(() => model.logLikelihood(s));
    expect(() => model.elbo(tf.zeros([5, 2, 3]))).toThrow(/RNNBaseline.elbo: x has feature dimension 3 but the model expects 2/);
    expect(() => model.elbo(s, { mask: tf.ones([5]) })).toThrow(/mask must have shape \[T, B\] = \[5, 2\] to match x \[5, 2, 2\], found \[5\]/);
    expect(() => model.elbo(tf.fill([5, 2, 2], Number.POSITIVE_INFINITY))).toThrow(/x \[5, 2, 2\] contains Infinity at \[0, 0, 0\]/);
    tf.dispose([s, s2]);
    model.dispose();
  });
}, CPU_WASM);
