import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectClose, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { BernoulliHead } from './bernoulli-head';
import { ConditionalGaussian } from './conditional-gaussian';
import { Decoder } from './decoder';
import { GaussianHead } from './gaussian-head';
import { MixtureHead } from './mixture-head';

// Independent truth: the heads' densities recomputed in float64 plain JS from the weights.
const softplus = (v: number) => (v > 20 ? v : Math.log1p(Math.exp(v)));
const LOG2PI = Math.log(2 * Math.PI);

function affineJS(x: number[], w: number[][], b: number[]): number[] {
  return b.map((bj, j) => x.reduce((s, xi, i) => s + xi * w[i][j], bj));
}

function weights(lin: { weight: tf.Variable; bias: tf.Variable | null }): [number[][], number[]] {
  return [lin.weight.arraySync() as number[][], lin.bias!.arraySync() as number[]];
}

function normalLog(x: number, m: number, s: number): number {
  return -0.5 * ((x - m) / s) ** 2 - Math.log(s) - 0.5 * LOG2PI;
}

describeBackends('output heads', () => {
  const B = 4;
  const feats = () => tf.randomNormal([B, 5], 0, 1.5, 'float32', 11);

  it('GaussianHead: μ | softplus(ρ) + minScale layout, logProb summed over the event', () => {
    const head = new GaussianHead(5, 3, { seed: 1, minScale: 0.01 });
    const h = feats();
    const x = tf.randomNormal([B, 3], 0, 1, 'float32', 12);
    const lp = tf.tidy(() => head.distribution(h).logProb(x));
    const [W, b] = weights(head.linear);
    const hv = h.arraySync() as number[][];
    const xv = x.arraySync() as number[][];
    const expected = hv.map((row, i) => {
      const o = affineJS(row, W, b);
      return [0, 1, 2].reduce((s, d) => s + normalLog(xv[i][d], o[d], softplus(o[3 + d]) + 0.01), 0);
    });
    expectClose(lp, expected, 1e-4, 1e-5);
    expect(head.distribution(h).eventShape).toEqual([3]);
    tf.dispose([h, x, lp]);
    head.dispose();
  });

  it('MixtureHead: [logits | μ | ρ] layout, logSumExp over components', () => {
    const K = 3;
    const D = 2;
    const head = new MixtureHead(5, D, K, { seed: 2 });
    const h = feats();
    const x = tf.randomNormal([B, D], 0, 1, 'float32', 13);
    const lp = tf.tidy(() => head.distribution(h).logProb(x));
    const [W, b] = weights(head.linear);
    const hv = h.arraySync() as number[][];
    const xv = x.arraySync() as number[][];
    const expected = hv.map((row, i) => {
      const o = affineJS(row, W, b);
      const logits = o.slice(0, K);
      const mx = Math.max(...logits);
      const lse = mx + Math.log(logits.reduce((s, l) => s + Math.exp(l - mx), 0));
      const comps = logits.map((l, k) => {
        let c = l - lse;
        for (let d = 0; d < D; d++) c += normalLog(xv[i][d], o[K + k * D + d], softplus(o[K + K * D + k * D + d]) + 1e-4);
        return c;
      });
      const m2 = Math.max(...comps);
      return m2 + Math.log(comps.reduce((s, c) => s + Math.exp(c - m2), 0));
    });
    expectClose(lp, expected, 1e-4, 1e-5);
    tf.dispose([h, x, lp]);
    head.dispose();
  });

  it('BernoulliHead: one event over the last dimension', () => {
    const head = new BernoulliHead(5, 6, { seed: 3 });
    const h = feats();
    const x = tf.tensor2d([[1, 0, 1, 1, 0, 0], [0, 0, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1], [0, 1, 0, 1, 0, 1]]);
    const d = head.distribution(h);
    expect(d.batchShape).toEqual([B]);
    expect(d.eventShape).toEqual([6]);
    const lp = tf.tidy(() => d.logProb(x));
    const [W, b] = weights(head.linear);
    const xv = x.arraySync() as number[][];
    const expected = (h.arraySync() as number[][]).map((row, i) =>
      affineJS(row, W, b).reduce((s, l, j) => s + xv[i][j] * l - softplus(l), 0),
    );
    expectClose(lp, expected, 1e-4, 1e-5);
    const s = d.sample([2], 7);
    expect(s.shape).toEqual([2, B, 6]);
    tf.dispose([h, x, lp, s, d.logits, d.probs]);
    head.dispose();
  });

  it('ConditionalGaussian and Decoder: hidden ReLU layers then the head; no leaks', async () => {
    const cg = new ConditionalGaussian(5, [4], 2, { seed: 4 });
    const dec = new Decoder(5, [4, 3], 2, { output: 'gmm', mixtureComponents: 2, seed: 5 });
    const h = feats();
    const [loc, scale] = cg.locScale(h);
    const [W0, b0] = weights(cg.layers[0]);
    const [W1, b1] = weights(cg.head.linear);
    const expLoc = (h.arraySync() as number[][]).map((row) => {
      const hid = affineJS(row, W0, b0).map((v) => Math.max(v, 0));
      return affineJS(hid, W1, b1).slice(0, 2);
    });
    expectClose(loc, expLoc, 1e-5, 1e-5);
    expect(scale.shape).toEqual([B, 2]);
    await expectNoLeak(() => tf.tidy(() => dec.distribution(h).logProb(tf.zeros([B, 2]))));
    expect(dec.namedParameters().map(([n]) => n)).toEqual([
      'layers.0.weight', 'layers.0.bias', 'layers.1.weight', 'layers.1.bias', 'head.linear.weight', 'head.linear.bias',
    ]);
    tf.dispose([h, loc, scale]);
    cg.dispose();
    dec.dispose();
  });

  it('names the input and the shapes on a width mismatch', () => {
    const head = new GaussianHead(5, 3);
    expect(() => head.distribution(tf.zeros([2, 4]))).toThrow(/GaussianHead: input: expected last dimension 5, found shape \[2, 4\]/);
    expect(() => new Decoder(5, [], 2, { output: 'poisson' as never })).toThrow(/output must be one of gaussian, gmm, bernoulli, found 'poisson'/);
    head.dispose();
  });
});
