import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectClose, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { unstackRows } from './unstack-rows';

describeBackends('unstackRows', () => {
  it('equals tf.unstack along axis 0, with and without keepDims', () => {
    const x = tf.tensor3d(Array.from({ length: 24 }, (_, i) => i * 0.5 - 3), [4, 3, 2]);
    const rows = unstackRows(x);
    expect(rows.length).toBe(4);
    for (let t = 0; t < 4; t++) {
      expect(rows[t].shape).toEqual([3, 2]);
      expectClose(rows[t], Array.from({ length: 6 }, (_, i) => (t * 6 + i) * 0.5 - 3), 0);
    }
    const kept = unstackRows(x, { keepDims: true });
    expect(kept[2].shape).toEqual([1, 3, 2]);
    expectClose(kept[2], Array.from({ length: 6 }, (_, i) => (12 + i) * 0.5 - 3), 0);
    const ints = unstackRows(tf.tensor2d([1, 2, 3, 4], [2, 2], 'int32'));
    expect(ints[1].dtype).toBe('int32');
    expect(Array.from(ints[1].dataSync())).toEqual([3, 4]);
    tf.dispose([x, rows, kept, ints]);
  });

  it('is differentiable: the gradient of Σ_t w_t·rows_t is w broadcast over each row', () => {
    const x = tf.randomNormal([5, 2, 3], 0, 1, 'float32', 1);
    for (const keepDims of [false, true]) {
      const g = tf.grad((v: tf.Tensor) => {
        const rows = unstackRows(v, { keepDims });
        return tf.addN(rows.filter((_, t) => t !== 3).map((r, t) => tf.sum(tf.mul(r, t + 1))));
      })(x);
      const expected = [1, 2, 3, 0, 4].flatMap((w) => new Array(6).fill(w));
      expectClose(g, expected, 0);
      g.dispose();
    }
    x.dispose();
  });

  it('does not leak and names the argument on bad input', async () => {
    const x = tf.ones([3, 4]);
    await expectNoLeak(() => unstackRows(x));
    x.dispose();
    expect(() => unstackRows(tf.scalar(1))).toThrow(/unstackRows: x must be a tensor of rank ≥ 1, found shape \[\]/);
  });
});
