import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine, setBackend } from '@probseq/backend';
import { expectClose, expectNoLeak } from '@probseq/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RNNBaseline } from './rnn-baseline';
import type { RNNOptions } from './config';

// The RNN baselines (RNN-Gauss, RNN-GMM, Bernoulli) run as one engine graph on wasm; here they must agree
// with the tfjs path (the same backend with the engine off) in values and every gradient.
const VARIANTS: Record<string, Partial<RNNOptions>> = {
  'lstm gaussian': {},
  'gru bernoulli, two-layer MLPs': { cell: 'gru', output: 'bernoulli', phiXHidden: [20, 16], decoderHidden: [24, 12] },
  'lstm gmm, no decoder hidden layer': { output: 'gmm', mixtureComponents: 3, decoderHidden: [] },
};

describe('RNNBaseline on the wasm kernel engine', () => {
  beforeAll(async () => {
    await setBackend('wasm');
  });
  afterAll(async () => {
    await setBackend('wasm');
  });

  for (const [name, v] of Object.entries(VARIANTS)) {
    it(`${name}: NLL, reconstruction and every gradient equal the tfjs path (masked, T 10, B 12)`, async () => {
      const model = new RNNBaseline({ xDim: 9, hDim: 24, phiXHidden: [20], decoderHidden: [24], seed: 3, ...v });
      const [T, B] = [10, 12];
      const x = model.config.output === 'bernoulli'
        ? tf.cast(tf.less(tf.randomUniform([T, B, 9], 0, 1, 'float32', 3), 0.3), 'float32')
        : tf.randomNormal([T, B, 9], 0, 1, 'float32', 3);
      const mask = tf.cast(tf.less(tf.tile(tf.reshape(tf.range(0, T), [T, 1]), [1, B]), tf.add(tf.mod(tf.range(0, B), 7), 4)), 'float32');
      const vars = model.trainableParameters();
      const run = () => {
        const e = model.elbo(x, { mask });
        const g = tf.variableGrads(() => model.loss(x, { mask }), vars);
        const rec = model.reconstruct(x);
        return { nll: e.nll, grads: g.grads, rec };
      };
      expect(getKernelEngine()).not.toBeNull();
      const fast = run();
      await setBackend('wasm', { kernels: false });
      const ref = run();
      await setBackend('wasm');
      expectClose(fast.nll, ref.nll, 1e-5, 1e-4);
      expectClose(fast.rec, ref.rec, 1e-5, 1e-4);
      for (const w of vars) expectClose(fast.grads[w.name], ref.grads[w.name], 2e-5, 1e-4);
      tf.dispose([fast as unknown as tf.TensorContainer, ref as unknown as tf.TensorContainer, x, mask]);
      model.dispose();
    });
  }

  for (const [name, v] of Object.entries(VARIANTS)) {
    it(`${name}: samples (seeded and mean) equal the tfjs path's`, async () => {
      const model = new RNNBaseline({ xDim: 9, hDim: 24, phiXHidden: [20], decoderHidden: [24], seed: 4, ...v });
      const opts = [{ steps: 8, batch: 5, seed: 3 }, { steps: 8, batch: 5, seed: 3, mean: true }];
      const fast = opts.map((o) => model.sample(o));
      await setBackend('wasm', { kernels: false });
      const ref = opts.map((o) => model.sample(o));
      await setBackend('wasm');
      if (model.config.output === 'bernoulli') {
        const a = fast[0].dataSync(), r = ref[0].dataSync();
        let flips = 0;
        for (let i = 0; i < a.length; i++) if (a[i] !== r[i]) flips++;
        expect(flips / a.length).toBeLessThanOrEqual(0.005);
      } else {
        expectClose(fast[0], ref[0], 2e-4, 1e-4);
      }
      expectClose(fast[1], ref[1], 1e-4, 1e-4);
      tf.dispose([...fast, ...ref]);
      model.dispose();
    });
  }

  for (const [name, v] of Object.entries(VARIANTS)) {
    it(`${name}: under input dropout the RNN reads x̃ and the likelihood scores x; equal to the tfjs path`, async () => {
      const model = new RNNBaseline({ xDim: 9, hDim: 24, phiXHidden: [20], decoderHidden: [24], seed: 3, ...v });
      const [T, B] = [10, 12];
      const x = tf.cast(tf.less(tf.randomUniform([T, B, 9], 0, 1, 'float32', 3), 0.5), 'float32');
      const vars = model.trainableParameters();
      const o = { seed: 2, inputDropout: 0.3 };
      const run = () => {
        const e = model.elbo(x, o);
        const g = tf.variableGrads(() => model.loss(x, o), vars);
        const lw = model.logWeights(x, { ...o, samples: 2 });
        return { nll: e.nll, grads: g.grads, lw, clean: model.elbo(x).nll };
      };
      const fast = run();
      await setBackend('wasm', { kernels: false });
      const ref = run();
      await setBackend('wasm');
      expectClose(fast.nll, ref.nll, 1e-5, 1e-4);
      expectClose(fast.lw, ref.lw, 1e-5, 1e-4);
      for (const w of vars) expectClose(fast.grads[w.name], ref.grads[w.name], 2e-5, 1e-4);
      // p(x_1 | h_0) reads no input: the first step's NLL is the clean one (x scored, not x̃); later steps differ.
      const [dropped, clean] = [fast.nll.arraySync() as number[][], fast.clean.arraySync() as number[][]];
      for (let b = 0; b < B; b++) expect(dropped[0][b]).toBeCloseTo(clean[0][b], 5);
      expect(Math.max(...dropped.slice(1).flat().map((d, i) => Math.abs(d - clean.slice(1).flat()[i])))).toBeGreaterThan(1e-3);
      tf.dispose([fast as unknown as tf.TensorContainer, ref as unknown as tf.TensorContainer, x]);
      model.dispose();
    });
  }

  it('has no tensor leaks', async () => {
    const model = new RNNBaseline({ xDim: 4, hDim: 8, seed: 1 });
    const x = tf.randomNormal([5, 3, 4]);
    await expectNoLeak(() => tf.variableGrads(() => model.loss(x)));
    await expectNoLeak(() => model.reconstruct(x));
    await expectNoLeak(() => model.sample({ steps: 4, batch: 2, seed: 1 }));
    tf.dispose(x);
    model.dispose();
  });
});
