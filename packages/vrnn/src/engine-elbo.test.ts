import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine, setBackend } from '@probseq/backend';
import { expectClose, expectNoLeak } from '@probseq/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VRNN } from './vrnn';

// The equations themselves are checked against a step-by-step transcription (vrnn-hoisted.test.ts) and
// PyTorch (vrnn-parity.test.ts) on every backend; here: that wasm really takes the engine path, that it
// agrees with tfjs's own kernels on sizes where every GEMM is split over threads, and that it leaks nothing.
describe('VRNN ELBO on the wasm kernel engine', () => {
  beforeAll(async () => {
    await setBackend('wasm');
  });
  afterAll(async () => {
    await setBackend('wasm');
  });

  const opts = (output: 'bernoulli' | 'gaussian') => ({
    xDim: 24, hDim: 32, zDim: 8, phiXHidden: [40], phiZHidden: [24], priorHidden: [28], encoderHidden: [36],
    decoderHidden: [44], cell: 'lstm' as const, output, seed: 11,
  });
  const data = (output: 'bernoulli' | 'gaussian', T: number, B: number) =>
    output === 'bernoulli'
      ? tf.cast(tf.less(tf.randomUniform([T, B, 24], 0, 1, 'float32', 3), 0.3), 'float32')
      : tf.randomNormal([T, B, 24], 0, 1, 'float32', 3);

  it('runs as one op: no tfjs matmul kernels inside elbo()', async () => {
    expect(getKernelEngine()).not.toBeNull();
    const model = new VRNN(opts('gaussian'));
    const x = data('gaussian', 5, 3);
    const info = await tf.profile(() => model.elbo(x, { seed: 1 }).total);
    const names = info.kernels.map((k) => k.name);
    expect(names.filter((n) => n === 'BatchMatMul' || n === '_FusedMatMul')).toEqual([]);
    tf.dispose(x);
    model.dispose();
  });

  for (const output of ['bernoulli', 'gaussian'] as const) {
    it(`${output}: KL, NLL and every gradient equal tfjs's own kernels (masked, T 12, B 20)`, async () => {
      const model = new VRNN(opts(output));
      const [T, B] = [12, 20];
      const x = data(output, T, B);
      const noise = tf.randomNormal([T, B, 8], 0, 1, 'float32', 4);
      const mask = tf.cast(tf.less(tf.tile(tf.reshape(tf.range(0, T), [T, 1]), [1, B]), tf.add(tf.mod(tf.range(0, B), 9), 4)), 'float32');
      const vars = model.trainableParameters();
      const run = () => {
        const e = model.elbo(x, { noise, mask });
        const g = tf.variableGrads(() => model.loss(x, { noise, mask }), vars);
        return { kl: e.kl, nll: e.nll, total: e.total, grads: g.grads, value: g.value };
      };
      const fast = run();
      await setBackend('wasm', { kernels: false });
      expect(getKernelEngine()).toBeNull();
      const ref = run();
      await setBackend('wasm');
      expectClose(fast.kl, ref.kl, 1e-5, 1e-4);
      expectClose(fast.nll, ref.nll, 1e-5, 1e-4);
      expectClose(fast.total, ref.total, 1e-5, 1e-5);
      for (const v of vars) expectClose(fast.grads[v.name], ref.grads[v.name], 2e-5, 1e-4);
      // Masked steps contribute nothing.
      const m = mask.dataSync();
      const kl = fast.kl.dataSync();
      m.forEach((mv, i) => mv === 0 && expect(kl[i]).toBe(0));
      tf.dispose([fast as unknown as tf.TensorContainer, ref as unknown as tf.TensorContainer, x, noise, mask]);
      model.dispose();
    });
  }

  it('has no tensor leaks (elbo, loss gradients)', async () => {
    const model = new VRNN(opts('bernoulli'));
    const x = data('bernoulli', 4, 2);
    const mask = tf.tensor2d([[1, 1], [1, 1], [1, 0], [1, 0]]);
    await expectNoLeak(() => model.elbo(x, { mask, seed: 1 }));
    await expectNoLeak(() => tf.variableGrads(() => model.loss(x, { mask })));
    tf.dispose([x, mask]);
    model.dispose();
  });
});
