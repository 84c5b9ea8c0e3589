import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectCloseAsync, withScope, expectGradientsMatch, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { Normal } from './normal';
import { moments, normalEntropy, normalLogPdf, uniforms } from './float64-reference';

const locV = uniforms(6, -2, 2, 1);
const scaleV = uniforms(6, 0.3, 2, 2);
const xV = uniforms(4 * 6, -4, 4, 3);

describeBackends('Normal', () => {
  it('logProb, entropy, mean, mode and variance match the float64 closed forms', async () => {
    await withScope(async () => {
      const n = new Normal(tf.tensor2d(locV, [2, 3]), tf.tensor2d(scaleV, [2, 3]));
      expect(n.batchShape).toEqual([2, 3]);
      expect(n.eventShape).toEqual([]);
      const x = tf.tensor3d(xV, [4, 2, 3]);
      const lp = n.logProb(x);
      expect(lp.shape).toEqual([4, 2, 3]);
      await expectCloseAsync(lp, xV.map((v, i) => normalLogPdf(v, locV[i % 6], scaleV[i % 6])), 1e-5, 1e-6);
      await expectCloseAsync(n.entropy(), scaleV.map(normalEntropy), 1e-6, 1e-6);
      await expectCloseAsync(n.mean, locV.map(Math.fround), 0);
      await expectCloseAsync(n.mode, locV.map(Math.fround), 0);
      await expectCloseAsync(n.variance, scaleV.map((s) => s * s), 1e-6, 1e-6);
    });
  });

  it('broadcasts loc against scale in the batch shape', async () => {
    await withScope(async () => {
      const n = new Normal(tf.tensor1d([0.5, -1, 2]), tf.tensor2d([[1], [2]]));
      expect(n.batchShape).toEqual([2, 3]);
      await expectCloseAsync(n.mean, [0.5, -1, 2, 0.5, -1, 2], 0);
      await expectCloseAsync(n.entropy(), [1, 1, 1, 2, 2, 2].map(normalEntropy), 1e-6);
      expect(n.sample([5], 1).shape).toEqual([5, 2, 3]);
    });
  });

  it('samples have shape sample + batch, the moments of the distribution, and repeat with the same seed', async () => {
    await withScope(async () => {
      const n = new Normal(tf.tensor1d([1.5, -2]), tf.tensor1d([0.5, 3]));
      const s = n.sample([20000], 42);
      expect(s.shape).toEqual([20000, 2]);
      const d = (await s.data());
      for (let j = 0; j < 2; j++) {
        const col = Array.from({ length: 20000 }, (_, i) => d[2 * i + j]);
        const { mean, variance } = moments(col);
        const sd = [0.5, 3][j];
        // 5 standard errors of the mean / variance.
        expect(Math.abs(mean - [1.5, -2][j])).toBeLessThan((5 * sd) / Math.sqrt(20000));
        expect(Math.abs(variance - sd * sd)).toBeLessThan(5 * sd * sd * Math.sqrt(2 / 20000));
      }
      await expectCloseAsync(n.sample([3], 7), n.sample([3], 7), 0);
      await expectCloseAsync(n.rsample([3], 7), n.sample([3], 7), 0);
      expect(Array.from((await n.sample([3], 7).data()))).not.toEqual(Array.from((await n.sample([3], 8).data())));
      expect(Array.from((await n.sample([3]).data()))).not.toEqual(Array.from((await n.sample([3]).data())));
    });
  });

  it('logProb gradients with respect to loc, scale and x match finite differences', async () => {
    const loc = tf.tensor1d(locV.slice(0, 3));
    const scale = tf.tensor1d(scaleV.slice(0, 3));
    const x = tf.tensor2d(xV.slice(0, 6), [2, 3]);
    await expectGradientsMatch((l, s, xx) => new Normal(l, s).logProb(xx), [loc, scale, x]);
    await expectGradientsMatch((s) => new Normal(loc, s).entropy(), [scale]);
    tf.dispose([loc, scale, x]);
  });

  it('rsample is differentiable in loc and scale (finite differences at a fixed seed)', async () => {
    const loc = tf.tensor1d(locV.slice(0, 3));
    const scale = tf.tensor1d(scaleV.slice(0, 3));
    await expectGradientsMatch((l, s) => new Normal(l, s).rsample([4], 3), [loc, scale]);
    // sample() passes no gradient.
    const g = tf.grads((l: tf.Tensor, s: tf.Tensor) => tf.sum(new Normal(l, s).sample([4], 3)))([loc, scale]);
    await expectCloseAsync(g[0], [0, 0, 0], 0);
    await expectCloseAsync(g[1], [0, 0, 0], 0);
    tf.dispose([loc, scale, ...g]);
  });

  it('stays finite for tiny scales (1e-6)', async () => {
    await withScope(async () => {
      const n = new Normal(tf.tensor1d([0, 1]), tf.tensor1d([1e-6, 1e-6]));
      const lp = n.logProb(tf.tensor1d([1e-6, 3]));
      await expectCloseAsync(lp, [normalLogPdf(1e-6, 0, 1e-6), normalLogPdf(3, 1, 1e-6)], 0, 1e-5);
      expect(Array.from((await n.entropy().data())).every(Number.isFinite)).toBe(true);
      const g = tf.grads((s: tf.Tensor) => tf.sum(new Normal(tf.tensor1d([0, 1]), s).logProb(tf.tensor1d([1e-6, 3]))))([n.scale]);
      expect(Array.from((await g[0].data())).every(Number.isFinite)).toBe(true);
    });
  });

  it('keeps tf.memory().numTensors flat around every public call', async () => {
    const loc = tf.tensor1d([0, 1]);
    const scale = tf.tensor1d([1, 2]);
    const x = tf.tensor1d([0.5, 0.5]);
    const n = new Normal(loc, scale);
    await expectNoLeak(() => {
      new Normal(loc, scale);
    });
    await expectNoLeak(() => n.logProb(x));
    await expectNoLeak(() => n.entropy());
    await expectNoLeak(() => n.mean);
    await expectNoLeak(() => n.mode);
    await expectNoLeak(() => n.variance);
    await expectNoLeak(() => n.sample([3], 1));
    await expectNoLeak(() => n.rsample([3]));
    await expectNoLeak(() => tf.grads((l: tf.Tensor) => tf.sum(new Normal(l, scale).rsample([2], 1)))([loc]));
    tf.dispose([loc, scale, x]);
  });
});

describeBackends('Normal validation', () => {
  it('names the argument, the shapes and the values found', async () => {
    const one = tf.tensor1d([1, 1, 1]);
    expect(() => new Normal(tf.zeros([2]), one)).toThrow('Normal: the shapes of loc and scale do not broadcast: loc [2], scale [3].');
    expect(() => new Normal(tf.zeros([3]), tf.tensor1d([1, 0, 2]))).toThrow('Normal: scale at index [1] is 0, expected > 0 (scale shape [3]).');
    expect(() => new Normal(tf.zeros([3]), tf.tensor1d([1, -2, 2]))).toThrow('scale at index [1] is -2, expected > 0');
    expect(() => new Normal(tf.tensor2d([[0, NaN]]), tf.ones([1, 2]))).toThrow('Normal: loc at index [0, 1] is NaN (loc shape [1, 2]).');
    expect(() => new Normal(tf.zeros([3], 'int32'), one)).toThrow('Normal: loc must have dtype float32, found int32 (shape [3]).');
    expect(() => new Normal([0] as unknown as tf.Tensor, one)).toThrow('Normal: loc must be a tf.Tensor, found an array.');
    const n = new Normal(tf.zeros([3]), one);
    expect(() => n.logProb(tf.zeros([2]))).toThrow('Normal.logProb: x must have shape [...sampleShape, ...batchShape [3], ...eventShape []] = [..., 3], found [2].');
    expect(() => n.sample([-1])).toThrow('Normal.sample: sampleShape must be an array of non-negative integers, found [-1].');
    expect(() => n.sample([2], Number.NaN)).toThrow('Normal.sample: seed must be a finite number or undefined, found NaN.');
    // Value checks can be turned off (they read values back); shape checks stay.
    expect(() => new Normal(tf.zeros([3]), tf.tensor1d([1, 0, 2]), { validateArgs: false })).not.toThrow();
    expect(() => new Normal(tf.zeros([2]), one, { validateArgs: false })).toThrow('do not broadcast');
  });
}, { backends: ['cpu'] });
