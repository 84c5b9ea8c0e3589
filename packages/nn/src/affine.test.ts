import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { describeBackends, expectClose } from '@probseq/testing';
import { affine } from './affine';

describeBackends('affine', () => {
  it('matches the stock matMul + add forward and gradients for every bias form', async () => {
    const x = tf.tensor2d([[0.1, -0.2, 0.3], [1, 2, -1]]);
    const w = tf.tensor2d([[0.5, -1], [0.25, 2], [-0.75, 0.1]]);
    const biases = [null, tf.tensor1d([0.3, -0.4]), tf.tensor2d([[1, 2], [3, 4]]), tf.tensor2d([[1, -2]])];
    const r = tf.tensor2d([[1.5, -0.5], [0.2, 0.7]]);
    for (const b of biases) {
      const ours = (xa: tf.Tensor, wa: tf.Tensor, ba: tf.Tensor) => tf.sum(tf.mul(affine(xa, wa, b ? ba : null), r));
      const stock = (xa: tf.Tensor, wa: tf.Tensor, ba: tf.Tensor) =>
        tf.sum(tf.mul(b ? tf.add(tf.matMul(xa as tf.Tensor2D, wa as tf.Tensor2D), ba) : tf.matMul(xa as tf.Tensor2D, wa as tf.Tensor2D), r));
      const bb = b ?? tf.zeros([2]);
      expectClose(await (ours(x, w, bb)).data(), stock(x, w, bb), 1e-6);
      const args = b ? [x, w, bb] : [x, w];
      const g1 = tf.grads((...a: tf.Tensor[]) => ours(a[0], a[1], a[2] ?? bb))(args);
      const g2 = tf.grads((...a: tf.Tensor[]) => stock(a[0], a[1], a[2] ?? bb))(args);
      for (let i = 0; i < (b ? 3 : 2); i++) {
        expect(g1[i].shape).toEqual(g2[i].shape);
        expectClose(await g1[i].data(), g2[i], 1e-6);
      }
    }
    const x3 = tf.ones([2, 4, 3]);
    expect(affine(x3, w, biases[1]).shape).toEqual([2, 4, 2]);
    expect(() => affine(tf.ones([2, 4]), w)).toThrow('affine: x must have last dimension 3 (weight [3,2]), found shape [2,4]');
    expect(() => affine(x, w, tf.ones([3]))).toThrow('affine: bias must have shape [2] or [2, 2], found [3]');
  });
});
