import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { analyticGradients, expectGradientsMatch, numericGradients } from './check-gradients';
import { expectCloseAsync, readValues, withScope } from './async-read';
import { describeBackends } from './describe-backends';

describeBackends('gradient checker', () => {
  it('finite differences match closed-form gradients (f = x²·y, elementwise)', async () => {
    await withScope(async () => {
      const x = tf.tensor1d([0.5, -1, 2]);
      const y = tf.tensor1d([1.5, 0.25, -3]);
      const f = (a: tf.Tensor, b: tf.Tensor) => tf.mul(tf.square(a), b);
      const [gx, gy] = await numericGradients(f, [x, y]);
      const [ax, ay] = await analyticGradients(f, [x, y]);
      // Σ w·x²·y: ∂/∂x = 2·w·x·y, ∂/∂y = w·x², with the checker's weights w (recovered from ∂/∂y).
      const w = ay.map((v, i) => v / [0.5, -1, 2][i] ** 2);
      await expectCloseAsync(gx, [0.5, -1, 2].map((xv, i) => 2 * w[i] * xv * [1.5, 0.25, -3][i]), 2e-3, 1e-3);
      await expectCloseAsync(gy, ay, 1e-3, 1e-3);
      await expectCloseAsync(ax, gx, 2e-3, 1e-3);
      await expectGradientsMatch(f, [x, y]);
    });
  });

  it('fails on a gradient that is 5% off', async () => {
    const wrong = tf.customGrad((...args) => {
      const x = args[0] as tf.Tensor;
      return { value: tf.square(x), gradFunc: (dy: tf.Tensor) => tf.mul(dy, tf.mul(x, 2.1)) };
    });
    const x = tf.tensor1d([0.5, 1, 2]);
    await expect(expectGradientsMatch((a) => wrong(a) as tf.Tensor, [x])).rejects.toThrow('analytic gradient');
    x.dispose();
  });

  it('withScope frees what it creates; readValues reads on every backend', async () => {
    const before = tf.memory().numTensors;
    await withScope(async () => {
      expect(await readValues(tf.add(tf.ones([2]), 1))).toEqual([2, 2]);
    });
    expect(tf.memory().numTensors).toBe(before);
  });
});
