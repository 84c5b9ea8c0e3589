import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectCloseAsync, withScope, expectGradientsMatch, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { Bernoulli } from './bernoulli';
import { bernoulliEntropy, bernoulliLogPmf, sigmoid, uniforms } from './float64-reference';

const logitsV = [...uniforms(4, -4, 4, 31), -30, 30];
const xV = [1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0];

describeBackends('Bernoulli', () => {
  it('logProb, entropy, mean, mode and variance match float64 (logits form)', async () => {
    await withScope(async () => {
      const b = new Bernoulli({ logits: tf.tensor2d(logitsV, [2, 3]) });
      expect(b.batchShape).toEqual([2, 3]);
      expect(b.eventShape).toEqual([]);
      expect(b.hasRsample).toBe(false);
      const lp = b.logProb(tf.tensor3d(xV, [2, 2, 3]));
      await expectCloseAsync(lp, xV.map((x, i) => bernoulliLogPmf(x, logitsV[i % 6])), 1e-5, 1e-5);
      await expectCloseAsync(b.entropy(), logitsV.map(bernoulliEntropy), 1e-6, 1e-4);
      await expectCloseAsync(b.mean, logitsV.map(sigmoid), 1e-6, 1e-6);
      await expectCloseAsync(b.probs, logitsV.map(sigmoid), 1e-6, 1e-6);
      await expectCloseAsync(b.mode, logitsV.map((l) => (l > 0 ? 1 : 0)), 0);
      await expectCloseAsync(b.variance, logitsV.map((l) => sigmoid(l) * (1 - sigmoid(l))), 1e-6, 1e-5);
    });
  });

  it('the probs form gives the same distribution, with probs clamped away from 0 and 1 for the logits', async () => {
    await withScope(async () => {
      const probs = [0.1, 0.5, 0.9, 0.999];
      const b = new Bernoulli({ probs: tf.tensor1d(probs) });
      await expectCloseAsync(b.logits, probs.map((p) => Math.log(p / (1 - p))), 2e-4, 1e-4);
      await expectCloseAsync(b.logProb(tf.tensor1d([1, 0, 0, 1])), [Math.log(0.1), Math.log(0.5), Math.log(0.1), Math.log(0.999)], 1e-5, 1e-4);
      const edge = new Bernoulli({ probs: tf.tensor1d([0, 1]) });
      const lp = edge.logProb(tf.tensor1d([0, 1]));
      await expectCloseAsync(lp, [0, 0], 2e-7);
      expect(Array.from((await edge.logProb(tf.tensor1d([1, 0])).data())).every((v) => Number.isFinite(v) && v < -15)).toBe(true);
    });
  });

  it('extreme logits (±1e4) give finite, exact log-probabilities, entropy and gradients', async () => {
    await withScope(async () => {
      const logits = tf.tensor1d([1e4, -1e4, 1e4, -1e4]);
      const b = new Bernoulli({ logits });
      await expectCloseAsync(b.logProb(tf.tensor1d([1, 0, 0, 1])), [0, 0, -1e4, -1e4], 0, 1e-6);
      await expectCloseAsync(b.entropy(), [0, 0, 0, 0], 0);
      const g = tf.grads((l: tf.Tensor) => new Bernoulli({ logits: l }).logProb(tf.tensor1d([1, 0, 0, 1])))([logits]);
      await expectCloseAsync(g[0], [0, 0, -1, 1], 0);
      await expectCloseAsync(b.sample([4], 1), [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0], 0);
    });
  });

  it('sample frequencies match probs, samples are 0/1 float32 and repeat with the same seed', async () => {
    await withScope(async () => {
      const b = new Bernoulli({ logits: tf.tensor1d([-2, 0, 1.5]) });
      const n = 20000;
      const s = b.sample([n], 3);
      expect(s.shape).toEqual([n, 3]);
      expect(s.dtype).toBe('float32');
      const data = (await s.data());
      expect(data.every((v) => v === 0 || v === 1)).toBe(true);
      [-2, 0, 1.5].forEach((l, j) => {
        let c = 0;
        for (let i = 0; i < n; i++) c += data[3 * i + j];
        const p = sigmoid(l);
        expect(Math.abs(c / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
      });
      await expectCloseAsync(b.sample([10], 4), b.sample([10], 4), 0);
      expect(() => b.rsample([2])).toThrow('Bernoulli.rsample: this distribution has no reparameterised sampler; use sample(), which passes no gradient.');
    });
  });

  it('gradients of logProb and entropy with respect to logits and probs match finite differences', async () => {
    const logits = tf.tensor1d(logitsV.slice(0, 4));
    const probs = tf.tensor1d([0.2, 0.45, 0.7, 0.9]);
    const x = tf.tensor2d(xV.slice(0, 8), [2, 4]);
    await expectGradientsMatch((l) => new Bernoulli({ logits: l }).logProb(x), [logits]);
    await expectGradientsMatch((p) => new Bernoulli({ probs: p }).logProb(x), [probs], { h: 1e-4 });
    await expectGradientsMatch((l) => new Bernoulli({ logits: l }).entropy(), [logits]);
    // sample() passes a zero gradient rather than failing on the comparison op.
    const g = tf.grads((l: tf.Tensor) => tf.sum(new Bernoulli({ logits: l }).sample([3], 1)))([logits]);
    await expectCloseAsync(g[0], [0, 0, 0, 0], 0);
    tf.dispose([logits, probs, x, ...g]);
  });

  it('keeps tf.memory().numTensors flat around every public call', async () => {
    const logits = tf.tensor1d([0.3, -1]);
    const x = tf.tensor1d([1, 0]);
    const b = new Bernoulli({ logits });
    await expectNoLeak(() => tf.tidy(() => new Bernoulli({ logits }).logProb(x)));
    await expectNoLeak(() => tf.tidy(() => new Bernoulli({ probs: tf.sigmoid(logits) }).logProb(x)));
    await expectNoLeak(() => b.logProb(x));
    await expectNoLeak(() => b.entropy());
    await expectNoLeak(() => b.mean);
    await expectNoLeak(() => b.mode);
    await expectNoLeak(() => b.variance);
    await expectNoLeak(() => b.sample([2], 1));
    tf.dispose([logits, x, b.probs]);
  });
});

describeBackends('Bernoulli validation', () => {
  it('requires exactly one of logits and probs, probs in [0, 1], and x in [0, 1]', async () => {
    const t = tf.zeros([2]);
    expect(() => new Bernoulli({ logits: t, probs: t } as never)).toThrow('Bernoulli: pass exactly one of logits and probs, found both.');
    expect(() => new Bernoulli({} as never)).toThrow('Bernoulli: pass exactly one of logits and probs, found neither.');
    expect(() => new Bernoulli(t as never)).toThrow('Bernoulli: pass an object with exactly one of { logits } or { probs }, found a bare tf.Tensor.');
    expect(() => new Bernoulli({ probs: tf.tensor1d([0.5, 1.5]) })).toThrow('Bernoulli: probs at index [1] is 1.5, expected a value in [0, 1] (probs shape [2]).');
    expect(() => new Bernoulli({ logits: tf.tensor1d([0, NaN]) })).toThrow('Bernoulli: logits at index [1] is NaN (logits shape [2]).');
    const b = new Bernoulli({ logits: t });
    expect(() => b.logProb(tf.tensor1d([1, 2]))).toThrow('Bernoulli.logProb: x at index [1] is 2, expected a value in [0, 1] (x shape [2]).');
    expect(() => b.logProb(tf.zeros([3]))).toThrow('Bernoulli.logProb: x must have shape [...sampleShape, ...batchShape [2], ...eventShape []] = [..., 2], found [3].');
  });
}, { backends: ['cpu'] });
