import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { describeBackends, expectClose } from '@probseq/testing';
import { clipByGlobalNorm } from './clip-by-global-norm';

describeBackends('clipByGlobalNorm', () => {
  it('rescales by maxNorm / globalNorm when the norm is larger', async () => {
    const g = [tf.tensor1d([3, 0]), tf.tensor2d([[0, 4]])];
    const { grads, globalNorm } = clipByGlobalNorm(g, 1);
    expectClose(await globalNorm.data(), 5, 1e-6);
    expectClose(await grads[0].data(), [0.6, 0], 1e-6);
    expectClose(await grads[1].data(), [0, 0.8], 1e-6);
    const named = clipByGlobalNorm({ a: g[0], b: g[1] }, 10);
    expectClose(await named.grads.a.data(), [3, 0], 1e-6);
    expectClose(await named.grads.b.data(), [0, 4], 1e-6);
    expect(() => clipByGlobalNorm(g, 0)).toThrow(/maxNorm must be a positive number, found 0/);
    tf.dispose([...g, ...grads, globalNorm, named.globalNorm, named.grads.a, named.grads.b]);
  });
});
