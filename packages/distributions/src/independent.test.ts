import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectCloseAsync, withScope, expectGradientsMatch, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { Bernoulli } from './bernoulli';
import { bernoulliEntropy, bernoulliLogPmf, normalKL, normalLogPdf, uniforms } from './float64-reference';
import { Independent } from './independent';
import { kl } from './kl';
import { Normal } from './normal';

const B = 2;
const D = 3;
const logitsV = uniforms(B * D, -4, 4, 81);
const xV = [1, 0, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1];
const locV = uniforms(B * D, -1, 1, 82);
const scaleV = uniforms(B * D, 0.5, 1.5, 83);

describeBackends('Independent', () => {
  it('Independent(Bernoulli, 1) sums logProb and entropy over the last dimension (float64)', async () => {
    await withScope(async () => {
      const px = new Independent(new Bernoulli({ logits: tf.tensor2d(logitsV, [B, D]) }), 1);
      expect(px.batchShape).toEqual([B]);
      expect(px.eventShape).toEqual([D]);
      expect(px.hasRsample).toBe(false);
      expect(px.name).toBe('Independent(Bernoulli)');
      const lp = px.logProb(tf.tensor3d(xV, [2, B, D]));
      expect(lp.shape).toEqual([2, B]);
      const ref: number[] = [];
      for (let s = 0; s < 2; s++) for (let b = 0; b < B; b++) ref.push([0, 1, 2].reduce((a, d) => a + bernoulliLogPmf(xV[(s * B + b) * D + d], logitsV[b * D + d]), 0));
      await expectCloseAsync(lp, ref, 1e-5, 1e-5);
      await expectCloseAsync(px.entropy(), [0, 1].map((b) => [0, 1, 2].reduce((a, d) => a + bernoulliEntropy(logitsV[b * D + d]), 0)), 1e-5, 1e-5);
      expect(px.sample([4], 1).shape).toEqual([4, B, D]);
      expect(px.mean.shape).toEqual([B, D]);
    });
  });

  it('Independent(Normal, 2) is one event over both dimensions; KL sums the base KL; rsample passes through', async () => {
    await withScope(async () => {
      const loc = tf.tensor2d(locV, [B, D]);
      const scale = tf.tensor2d(scaleV, [B, D]);
      const p = new Independent(new Normal(loc, scale), 2);
      expect(p.batchShape).toEqual([]);
      expect(p.eventShape).toEqual([B, D]);
      const x = tf.tensor2d(uniforms(B * D, -2, 2, 84), [B, D]);
      const xs = (await x.data());
      await expectCloseAsync(p.logProb(x), [locV.reduce((a, m, i) => a + normalLogPdf(xs[i], m, scaleV[i]), 0)], 1e-5, 1e-5);
      const q = new Independent(new Normal(tf.zeros([B, D]), tf.ones([B, D])), 2);
      await expectCloseAsync(kl(p, q), [locV.reduce((a, m, i) => a + normalKL(m, scaleV[i], 0, 1), 0)], 1e-5, 1e-5);
      expect(p.hasRsample).toBe(true);
      await expectCloseAsync(p.rsample([2], 3), new Normal(loc, scale).rsample([2], 3), 0);
    });
  });

  it('gradients of logProb and KL match finite differences', async () => {
    const logits = tf.tensor2d(logitsV, [B, D]);
    const x = tf.tensor2d(xV.slice(0, B * D), [B, D]);
    const loc = tf.tensor2d(locV, [B, D]);
    const scale = tf.tensor2d(scaleV, [B, D]);
    await expectGradientsMatch((l) => new Independent(new Bernoulli({ logits: l }), 1).logProb(x), [logits]);
    await expectGradientsMatch(
      (m, s) => kl(new Independent(new Normal(m, s), 1), new Independent(new Normal(tf.zeros([D]), tf.ones([D])), 1)),
      [loc, scale],
    );
    tf.dispose([logits, x, loc, scale]);
  });

  it('keeps tf.memory().numTensors flat', async () => {
    const logits = tf.tensor2d(logitsV, [B, D]);
    const x = tf.tensor2d(xV.slice(0, B * D), [B, D]);
    const px = new Independent(new Bernoulli({ logits }), 1);
    await expectNoLeak(() => px.logProb(x));
    await expectNoLeak(() => px.entropy());
    await expectNoLeak(() => px.sample([2], 1));
    await expectNoLeak(() => px.mean);
    await expectNoLeak(() => kl(px, px));
    tf.dispose([logits, x, px.base.probs]);
  });
});

describeBackends('Independent validation', () => {
  it('names the base, its batch shape and the value found', async () => {
    const n = new Normal(tf.zeros([2, 3]), tf.ones([2, 3]));
    expect(() => new Independent(n, 3)).toThrow(
      'Independent: reinterpretedBatchNdims must be an integer in [0, 2] for Normal with batchShape [2, 3], found 3.',
    );
    expect(() => new Independent({} as never)).toThrow('Independent: base must be a Distribution, found object.');
    expect(() => new Independent(n, 1).logProb(tf.zeros([2, 4]))).toThrow(
      'Independent(Normal).logProb: x must have shape [...sampleShape, ...batchShape [2], ...eventShape [3]] = [..., 2, 3], found [2, 4].',
    );
    expect(() => kl(new Independent(n, 1), new Independent(n, 2))).toThrow('kl(Independent ‖ Independent): reinterpretedBatchNdims differ: p has 1, q has 2.');
  });
}, { backends: ['cpu'] });
