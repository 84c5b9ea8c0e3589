import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectCloseAsync, withScope, expectGradientsMatch, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { Categorical } from './categorical';
import { logSoftmax, uniforms } from './float64-reference';

const K = 4;
const logitsV = uniforms(2 * K, -3, 3, 41);
const rows = [logitsV.slice(0, K), logitsV.slice(K)];

describeBackends('Categorical', () => {
  it('logProb, entropy, mode and probabilities match float64', async () => {
    await withScope(async () => {
      const c = new Categorical({ logits: tf.tensor2d(logitsV, [2, K]) });
      expect(c.batchShape).toEqual([2]);
      expect(c.eventShape).toEqual([]);
      expect(c.numCategories).toBe(K);
      const idx = [3, 0, 1, 2, 0, 3];
      const lp = c.logProb(tf.tensor2d(idx, [3, 2], 'int32'));
      expect(lp.shape).toEqual([3, 2]);
      await expectCloseAsync(lp, idx.map((k, i) => logSoftmax(rows[i % 2])[k]), 1e-5, 1e-6);
      await expectCloseAsync(c.logProb(tf.tensor2d(idx, [3, 2], 'float32')), lp, 0);
      await expectCloseAsync(c.logProbs(), rows.flatMap(logSoftmax), 1e-5, 1e-6);
      await expectCloseAsync(c.probs(), rows.flatMap((r) => logSoftmax(r).map(Math.exp)), 1e-6, 1e-5);
      const ent = rows.map((r) => -logSoftmax(r).reduce((a, l) => a + Math.exp(l) * l, 0));
      await expectCloseAsync(c.entropy(), ent, 1e-5, 1e-5);
      await expectCloseAsync(c.mode, rows.map((r) => r.indexOf(Math.max(...r))), 0);
      expect(() => c.mean).toThrow('Categorical.mean is not defined');
    });
  });

  it('sample frequencies match softmax(logits); int32 indices; same seed, same samples', async () => {
    await withScope(async () => {
      const c = new Categorical({ logits: tf.tensor2d(logitsV, [2, K]) });
      const n = 20000;
      const s = c.sample([n], 8);
      expect(s.shape).toEqual([n, 2]);
      expect(s.dtype).toBe('int32');
      const data = (await s.data());
      for (let b = 0; b < 2; b++) {
        const p = logSoftmax(rows[b]).map(Math.exp);
        for (let k = 0; k < K; k++) {
          let cnt = 0;
          for (let i = 0; i < n; i++) if (data[2 * i + b] === k) cnt++;
          expect(Math.abs(cnt / n - p[k])).toBeLessThan(5 * Math.sqrt((p[k] * (1 - p[k])) / n) + 1e-4);
        }
      }
      await expectCloseAsync(c.sample([7], 2), c.sample([7], 2), 0);
    });
  });

  it('extreme logits (±1e4) give finite log-probabilities, entropy and certain samples', async () => {
    await withScope(async () => {
      const c = new Categorical({ logits: tf.tensor2d([[1e4, -1e4, 0], [-1e4, -1e4, 1e4]]) });
      await expectCloseAsync(c.logProb(tf.tensor1d([0, 2], 'int32')), [0, 0], 0);
      await expectCloseAsync(c.logProb(tf.tensor1d([1, 0], 'int32')), [-2e4, -2e4], 0, 1e-6);
      await expectCloseAsync(c.entropy(), [0, 0], 0);
      await expectCloseAsync(c.sample([3], 1), [0, 2, 0, 2, 0, 2], 0);
      const g = tf.grads((l: tf.Tensor) => new Categorical({ logits: l }).logProb(tf.tensor1d([1, 2], 'int32')))([c.logits]);
      expect(Array.from((await g[0].data())).every(Number.isFinite)).toBe(true);
    });
  });

  it('gradients of logProb and entropy with respect to logits match finite differences', async () => {
    const logits = tf.tensor2d(logitsV, [2, K]);
    const idx = tf.tensor2d([3, 0, 1, 2], [2, 2], 'int32');
    await expectGradientsMatch((l) => new Categorical({ logits: l }).logProb(idx), [logits]);
    await expectGradientsMatch((l) => new Categorical({ logits: l }).entropy(), [logits]);
    tf.dispose([logits, idx]);
  });

  it('keeps tf.memory().numTensors flat around every public call', async () => {
    const logits = tf.tensor2d(logitsV, [2, K]);
    const idx = tf.tensor1d([1, 2], 'int32');
    const c = new Categorical({ logits });
    await expectNoLeak(() => {
      new Categorical({ logits });
    });
    await expectNoLeak(() => c.logProb(idx));
    await expectNoLeak(() => c.logProbs());
    await expectNoLeak(() => c.probs());
    await expectNoLeak(() => c.entropy());
    await expectNoLeak(() => c.mode);
    await expectNoLeak(() => c.sample([3], 1));
    tf.dispose([logits, idx]);
  });
});

describeBackends('Categorical validation', () => {
  it('names the argument, the shapes and the values found', async () => {
    expect(() => new Categorical({ logits: tf.scalar(1) })).toThrow('Categorical: logits must have shape [..., K] (rank ≥ 1), found [].');
    expect(() => new Categorical(tf.zeros([3]) as never)).toThrow('Categorical: pass an object { logits }, found a bare tf.Tensor.');
    expect(() => new Categorical({ logits: tf.tensor1d([0, NaN]) })).toThrow('Categorical: logits at index [1] is NaN (logits shape [2]).');
    const c = new Categorical({ logits: tf.zeros([2, 3]) });
    expect(() => c.logProb(tf.tensor1d([0, 3], 'int32'))).toThrow('Categorical.logProb: x at index [1] is 3, expected an integer in [0, 2] (x shape [2]).');
    expect(() => c.logProb(tf.tensor1d([0.5, 1]))).toThrow('x at index [0] is 0.5, expected an integer in [0, 2]');
    expect(() => c.logProb(tf.zeros([3], 'int32'))).toThrow('found [3]');
  });
}, { backends: ['cpu'] });
