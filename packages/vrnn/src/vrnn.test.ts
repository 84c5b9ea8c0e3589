import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectClose, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';

// Slow on WebGPU's software adapter; the parity and step-by-step suites cover webgpu.
const CPU_WASM = { backends: ['cpu', 'wasm'] as Array<'cpu' | 'wasm'> };
import { VRNN } from './vrnn';

const small = {
  hDim: 8,
  zDim: 3,
  phiXHidden: [6],
  phiZHidden: [6],
  priorHidden: [6],
  encoderHidden: [6],
  decoderHidden: [6],
};

describeBackends('VRNN', () => {
  it('elbo: shapes, total = mean of per-sequence sums, padded steps excluded and irrelevant', () => {
    const model = new VRNN({ xDim: 2, ...small, seed: 1 });
    const [T, B] = [5, 3];
    const x = tf.randomNormal([T, B, 2], 0, 1, 'float32', 1);
    const mask = tf.tensor2d([[1, 1, 1], [1, 1, 1], [1, 1, 0], [1, 0, 0], [1, 0, 0]]);
    const noise = tf.randomNormal([T, B, 3], 0, 1, 'float32', 2);
    const e = model.elbo(x, { mask, noise });
    expect(e.kl.shape).toEqual([T, B]);
    expect(e.nll.shape).toEqual([T, B]);
    expect(e.perSequence.shape).toEqual([B]);
    expect(e.total.shape).toEqual([]);
    const kl = e.kl.arraySync();
    const nll = e.nll.arraySync();
    const m = mask.arraySync();
    const per = [0, 1, 2].map((b) => -kl.reduce((s, r, t) => s + r[b] + nll[t][b], 0));
    expectClose(e.perSequence, per, 1e-5, 1e-6);
    expectClose(e.total, (per[0] + per[1] + per[2]) / 3, 1e-5, 1e-6);
    for (let t = 0; t < T; t++) {
      for (let b = 0; b < B; b++) {
        if (m[t][b] === 0) expect([kl[t][b], nll[t][b]]).toEqual([0, 0]);
        else expect(kl[t][b]).toBeGreaterThan(0);
      }
    }
    // Garbage in the padding changes nothing.
    const padded = tf.add(x, tf.mul(tf.expandDims(tf.sub(1, mask), 2), 100));
    const e2 = model.elbo(padded, { mask, noise });
    expectClose(e2.perSequence, e.perSequence, 1e-6, 0);
    // A batch of one sequence cut at its length gives the same value.
    const x1 = tf.slice(x, [0, 1, 0], [3, 1, 2]);
    const e3 = model.elbo(x1, { noise: tf.slice(noise, [0, 1, 0], [3, 1, 3]) });
    expectClose(e3.total, per[1], 1e-5, 1e-6);
    tf.dispose([x, mask, noise, padded, x1, e as never, e2 as never, e3 as never]);
    model.dispose();
  });

  it('E_q[log p(x,z) − log q(z|x)] equals the analytic-KL ELBO (Monte Carlo, 4000 draws)', () => {
    const model = new VRNN({ xDim: 2, ...small, seed: 2, output: 'gmm', mixtureComponents: 2 });
    const x = tf.randomNormal([4, 1, 2], 0, 1, 'float32', 3);
    const K = 4000;
    const w = model.logWeights(x, { samples: K, seed: 4 });
    const xs = tf.tile(x, [1, K, 1]);
    const e = model.elbo(xs, { seed: 5 });
    const wv = Array.from(w.dataSync());
    const ev = Array.from(e.perSequence.dataSync());
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const sd = (a: number[]) => Math.sqrt(mean(a.map((v) => (v - mean(a)) ** 2)));
    const se = Math.sqrt(sd(wv) ** 2 / K + sd(ev) ** 2 / K);
    expect(Math.abs(mean(wv) - mean(ev))).toBeLessThan(4 * se);
    tf.dispose([x, w, xs, e as never]);
    model.dispose();
  });

  it('logLikelihood is above the ELBO on average and grows with K', () => {
    const model = new VRNN({ xDim: 2, ...small, seed: 3 });
    const x = tf.randomNormal([6, 24, 2], 0, 1, 'float32', 6);
    const mean = (t: tf.Tensor) => {
      const v = tf.mean(t).dataSync()[0];
      t.dispose();
      return v;
    };
    const elbo = model.elbo(x, { seed: 1 });
    const eMean = mean(elbo.perSequence);
    tf.dispose(elbo as never);
    const ll1 = mean(model.logLikelihood(x, { samples: 1, seed: 2 }));
    const ll10 = mean(model.logLikelihood(x, { samples: 10, seed: 3 }));
    const ll100 = mean(model.logLikelihood(x, { samples: 100, seed: 4, chunkSize: 16 }));
    expect(ll10).toBeGreaterThan(eMean);
    expect(ll10).toBeGreaterThan(ll1);
    expect(ll100).toBeGreaterThan(ll10);
    tf.dispose(x);
    model.dispose();
  });

  it('sample and reconstruct: shapes, seeds reproduce, Bernoulli draws are binary', () => {
    const model = new VRNN({ xDim: 5, ...small, output: 'bernoulli', cell: 'gru', seed: 4 });
    const a = model.sample({ steps: 7, batch: 3, seed: 9 });
    const b = model.sample({ steps: 7, batch: 3, seed: 9 });
    expect(a.shape).toEqual([7, 3, 5]);
    expectClose(a, b, 0, 0);
    expect(Array.from(a.dataSync()).every((v) => v === 0 || v === 1)).toBe(true);
    const r = model.reconstruct(a);
    expect(r.shape).toEqual([7, 3, 5]);
    expect(Array.from(r.dataSync()).every((v) => v > 0 && v < 1)).toBe(true);
    tf.dispose([a, b, r]);
    model.dispose();
  });

  it('has no tensor leaks', async () => {
    const model = new VRNN({ xDim: 2, ...small, posterior: 'smoothing', seed: 5 });
    const x = tf.randomNormal([4, 2, 2], 0, 1, 'float32', 1);
    const mask = tf.tensor2d([[1, 1], [1, 1], [1, 0], [1, 0]]);
    await expectNoLeak(() => model.elbo(x, { mask, seed: 1 }));
    await expectNoLeak(() => model.loss(x, { mask, objective: 'iwae(3)' }));
    await expectNoLeak(() => tf.variableGrads(() => model.loss(x, { mask })));
    await expectNoLeak(() => model.logLikelihood(x, { samples: 7, chunkSize: 3, mask }));
    await expectNoLeak(() => model.sample({ steps: 3, batch: 2, seed: 1 }));
    await expectNoLeak(() => model.reconstruct(x, { mask }));
    tf.dispose([x, mask]);
    model.dispose();
  });

  it('names the input and the shapes on bad input', () => {
    const model = new VRNN({ xDim: 3, ...small, seed: 6 });
    const x = tf.zeros([4, 2, 3]);
    expect(() => model.elbo(tf.zeros([4, 2, 5]))).toThrow(/VRNN.elbo: x has feature dimension 5 but the model expects 3 .*\[4, 2, 5\]/);
    expect(() => model.elbo(tf.zeros([4, 3]))).toThrow(/VRNN.elbo: x must have shape \[T, B, 3\] \(time-major\), found \[4, 3\]/);
    expect(() => model.elbo(x, { mask: tf.ones([2, 4]) })).toThrow(/VRNN.elbo: mask must have shape \[T, B\] = \[4, 2\] to match x \[4, 2, 3\], found \[2, 4\]/);
    const bad = tf.tensor3d([[[0, 0, 0]], [[0, Number.NaN, 0]]]);
    expect(() => model.logLikelihood(bad)).toThrow(/VRNN.logLikelihood: x \[2, 1, 3\] contains NaN at \[1, 0, 1\]/);
    expect(() => model.elbo(x, { noise: tf.zeros([4, 2, 2]) })).toThrow(/noise must have shape \[T, B, zDim\] = \[4, 2, 3\], found \[4, 2, 2\]/);
    expect(() => new VRNN({ xDim: 3, cell: 'rnn' as never })).toThrow(/VRNN config: cell must be one of lstm, gru, found "rnn"/);
    expect(() => new VRNN({ xDim: 0 })).toThrow(/VRNN config: xDim must be an integer ≥ 1, found 0/);
    expect(() => model.loss(x, { objective: 'vimco' })).toThrow(/Unknown objective 'vimco': expected one of elbo, iwae, fivo/);
    tf.dispose([x, bad]);
    model.dispose();
  });
}, CPU_WASM);

describeBackends('VRNN training', () => {
  it('ELBO and IWAE training both improve the bound on a small batch', () => {
    const x = tf.tidy(() => tf.add(tf.sin(tf.reshape(tf.range(0, 12), [12, 1, 1])), tf.randomNormal([12, 8, 1], 0, 0.1, 'float32', 1)));
    for (const objective of ['elbo', 'iwae(4)']) {
      const model = new VRNN({ xDim: 1, ...small, seed: 7 });
      const bound = () => tf.tidy(() => model.elbo(x, { seed: 123 }).total.dataSync()[0]);
      const before = bound();
      const opt = tf.train.adam(0.01);
      for (let i = 0; i < 25; i++) opt.minimize(() => model.loss(x, { objective, seed: i }), true)?.dispose();
      expect(bound() - before, objective).toBeGreaterThan(5);
      opt.dispose();
      model.dispose();
    }
    x.dispose();
  });
}, { backends: ['wasm'] }); // training dynamics are backend-independent; the parity tests cover gradients on every backend
