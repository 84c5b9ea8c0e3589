import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectCloseAsync, withScope, expectGradientsMatch, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { DiagGaussian } from './diag-gaussian';
import { moments, normalEntropy, normalLogPdf, softplus, uniforms } from './float64-reference';

const B = 2;
const D = 3;
const locV = uniforms(B * D, -2, 2, 11);
const scaleV = uniforms(B * D, 0.3, 2, 12);
const rawV = uniforms(B * D, -3, 3, 13);
const xV = uniforms(4 * B * D, -4, 4, 14);

function logPdf64(x: number[], loc: number[], scale: number[], lead: number): number[] {
  const out: number[] = [];
  for (let s = 0; s < lead; s++) {
    for (let b = 0; b < B; b++) {
      let acc = 0;
      for (let d = 0; d < D; d++) {
        const i = b * D + d;
        acc += normalLogPdf(x[(s * B + b) * D + d], loc[i], scale[i]);
      }
      out.push(acc);
    }
  }
  return out;
}

describeBackends('DiagGaussian', () => {
  it('logProb sums over the event dimension and matches float64; entropy, mean, mode, variance too', async () => {
    await withScope(async () => {
      const q = new DiagGaussian(tf.tensor2d(locV, [B, D]), tf.tensor2d(scaleV, [B, D]));
      expect(q.batchShape).toEqual([B]);
      expect(q.eventShape).toEqual([D]);
      expect(q.eventSize).toBe(D);
      const lp = q.logProb(tf.tensor3d(xV, [4, B, D]));
      expect(lp.shape).toEqual([4, B]);
      await expectCloseAsync(lp, logPdf64(xV, locV, scaleV, 4), 2e-5, 1e-6);
      const ent = [0, 1].map((b) => [0, 1, 2].reduce((a, d) => a + normalEntropy(scaleV[b * D + d]), 0));
      await expectCloseAsync(q.entropy(), ent, 1e-5, 1e-6);
      await expectCloseAsync(q.mean, locV.map(Math.fround), 0);
      await expectCloseAsync(q.mode, locV.map(Math.fround), 0);
      await expectCloseAsync(q.variance, scaleV.map((s) => s * s), 1e-6, 1e-6);
      // x broadcasts over the batch: one [D] vector scored under both batch members.
      await expectCloseAsync(q.logProb(tf.tensor1d(xV.slice(0, D))), logPdf64([...xV.slice(0, D), ...xV.slice(0, D)], locV, scaleV, 1), 2e-5, 1e-6);
    });
  });

  it('fromRaw sets scale = softplus(raw) + minScale, and reparameterize = loc + scale·eps', async () => {
    await withScope(async () => {
      const q = DiagGaussian.fromRaw(tf.tensor2d(locV, [B, D]), tf.tensor2d(rawV, [B, D]), 1e-3);
      await expectCloseAsync(q.scale, rawV.map((r) => softplus(r) + 1e-3), 1e-6, 1e-6);
      const extreme = DiagGaussian.fromRaw(tf.zeros([1, 2]), tf.tensor2d([[-1e4, 1e4]]));
      await expectCloseAsync(extreme.scale, [1e-4, 1e4], 0, 1e-6);
      const eps = uniforms(B * D, -2, 2, 15);
      await expectCloseAsync(
        q.reparameterize(tf.tensor2d(eps, [B, D])),
        eps.map((e, i) => locV[i] + (softplus(rawV[i]) + 1e-3) * e),
        1e-5,
        1e-6,
      );
    });
  });

  it('samples are [sample, batch, D] with the right moments, and repeat with the same seed', async () => {
    await withScope(async () => {
      const q = new DiagGaussian(tf.tensor2d(locV, [B, D]), tf.tensor2d(scaleV, [B, D]));
      const n = 20000;
      const s = q.sample([n], 5);
      expect(s.shape).toEqual([n, B, D]);
      const data = (await s.data());
      for (let i = 0; i < B * D; i++) {
        const col = Array.from({ length: n }, (_, k) => data[k * B * D + i]);
        const { mean, variance } = moments(col);
        expect(Math.abs(mean - locV[i])).toBeLessThan((5 * scaleV[i]) / Math.sqrt(n));
        expect(Math.abs(variance - scaleV[i] ** 2)).toBeLessThan(5 * scaleV[i] ** 2 * Math.sqrt(2 / n));
      }
      await expectCloseAsync(q.rsample([2, 2], 9), q.sample([2, 2], 9), 0);
      expect(q.rsample().shape).toEqual([B, D]);
    });
  });

  it('gradients of logProb (loc, scale, x), of fromRaw (raw) and of rsample match finite differences', async () => {
    const loc = tf.tensor2d(locV, [B, D]);
    const scale = tf.tensor2d(scaleV, [B, D]);
    const raw = tf.tensor2d(rawV, [B, D]);
    const x = tf.tensor3d(xV.slice(0, 2 * B * D), [2, B, D]);
    await expectGradientsMatch((l, s, xx) => new DiagGaussian(l, s).logProb(xx), [loc, scale, x]);
    await expectGradientsMatch((l, r) => DiagGaussian.fromRaw(l, r).logProb(x), [loc, raw]);
    await expectGradientsMatch((l, s) => new DiagGaussian(l, s).rsample([3], 21), [loc, scale]);
    await expectGradientsMatch((l, r) => DiagGaussian.fromRaw(l, r).rsample([2], 22), [loc, raw]);
    await expectGradientsMatch((s) => new DiagGaussian(loc, s).entropy(), [scale]);
    tf.dispose([loc, scale, raw, x]);
  });

  it('stays finite for tiny scales (1e-6) and huge raw scales', async () => {
    await withScope(async () => {
      const q = new DiagGaussian(tf.tensor2d([[0, 0]]), tf.tensor2d([[1e-6, 1e-6]]));
      const lp = q.logProb(tf.tensor2d([[1e-6, 2]]));
      await expectCloseAsync(lp, [normalLogPdf(1e-6, 0, 1e-6) + normalLogPdf(2, 0, 1e-6)], 0, 1e-5);
      const raw = tf.tensor2d([[-1e4, 80]]);
      const g = tf.grads((r: tf.Tensor) => DiagGaussian.fromRaw(tf.zeros([1, 2]), r, 1e-6).logProb(tf.ones([1, 2])))([raw]);
      expect(Array.from((await g[0].data())).every(Number.isFinite)).toBe(true);
    });
  });

  it('keeps tf.memory().numTensors flat around every public call', async () => {
    const loc = tf.tensor2d(locV, [B, D]);
    const scale = tf.tensor2d(scaleV, [B, D]);
    const x = tf.tensor2d(xV.slice(0, B * D), [B, D]);
    const q = new DiagGaussian(loc, scale);
    await expectNoLeak(() => {
      new DiagGaussian(loc, scale);
    });
    await expectNoLeak(() => tf.tidy(() => DiagGaussian.fromRaw(loc, scale).logProb(x)));
    await expectNoLeak(() => q.logProb(x));
    await expectNoLeak(() => q.entropy());
    await expectNoLeak(() => q.mean);
    await expectNoLeak(() => q.mode);
    await expectNoLeak(() => q.variance);
    await expectNoLeak(() => q.sample([2], 1));
    await expectNoLeak(() => q.rsample([2], 1));
    await expectNoLeak(() => q.reparameterize(x));
    tf.dispose([loc, scale, x]);
  });
});

describeBackends('DiagGaussian validation', () => {
  it('names the argument, the shapes and the values found', async () => {
    expect(() => new DiagGaussian(tf.zeros([2, 3]), tf.ones([2, 4]))).toThrow(
      'DiagGaussian: loc [2, 3] and scale [2, 4] must have the same last (event) dimension.',
    );
    expect(() => new DiagGaussian(tf.zeros([2, 3]), tf.ones([4, 3]))).toThrow(
      'DiagGaussian: the batch dimensions of loc and scale do not broadcast: loc [2], scale [4].',
    );
    expect(() => new DiagGaussian(tf.scalar(0), tf.scalar(1))).toThrow('DiagGaussian: loc must have shape [..., D] (rank ≥ 1), found [].');
    expect(() => new DiagGaussian(tf.zeros([1, 2]), tf.tensor2d([[1, -1]]))).toThrow(
      'DiagGaussian: scale at index [0, 1] is -1, expected > 0 (scale shape [1, 2]).',
    );
    expect(() => DiagGaussian.fromRaw(tf.zeros([1, 2]), tf.tensor2d([[NaN, 0]]))).toThrow(
      'DiagGaussian.fromRaw: rawScale at index [0, 0] is NaN (rawScale shape [1, 2]).',
    );
    // With minScale 0, softplus can underflow to a zero scale, which is still caught.
    expect(() => DiagGaussian.fromRaw(tf.zeros([1, 2]), tf.tensor2d([[0, -200]]), 0)).toThrow('DiagGaussian: scale at index [0, 1] is 0, expected > 0');
    expect(() => DiagGaussian.fromRaw(tf.tensor2d([[0, NaN]]), tf.zeros([1, 2]))).toThrow('DiagGaussian: loc at index [0, 1] is NaN (loc shape [1, 2]).');
    expect(() => DiagGaussian.fromRaw(tf.zeros([1, 2]), tf.zeros([1, 2]), -1)).toThrow('DiagGaussian.fromRaw: minScale must be a finite number ≥ 0, found -1.');
    const q = new DiagGaussian(tf.zeros([2, 3]), tf.ones([2, 3]));
    expect(() => q.logProb(tf.zeros([2, 4]))).toThrow(
      'DiagGaussian.logProb: x must have shape [...sampleShape, ...batchShape [2], ...eventShape [3]] = [..., 2, 3], found [2, 4].',
    );
    expect(() => q.logProb(tf.zeros([5, 3]))).toThrow('found [5, 3]');
    expect(() => q.reparameterize(tf.zeros([3, 3]))).toThrow('DiagGaussian.reparameterize: eps must have shape');
  });
}, { backends: ['cpu'] });
