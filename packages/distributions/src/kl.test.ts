import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectCloseAsync, withScope, expectGradientsMatch, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { Bernoulli } from './bernoulli';
import { Categorical } from './categorical';
import { DiagGaussian } from './diag-gaussian';
import { DiagGaussianMixture } from './diag-gaussian-mixture';
import { bernoulliKL, bernoulliLogPmf, logSoftmax, moments, normalKL, sigmoid, uniforms } from './float64-reference';
import { kl, lookupKL, registerKL } from './kl';
import { klMonteCarlo } from './kl-monte-carlo';
import { Normal } from './normal';

const B = 2;
const D = 3;
const muP = uniforms(B * D, -1, 1, 61);
const sP = uniforms(B * D, 0.5, 1.5, 62);
const muQ = uniforms(B * D, -1, 1, 63);
const sQ = uniforms(B * D, 0.5, 1.5, 64);

function diagKL64(mp: number[], sp: number[], mq: number[], sq: number[]): number[] {
  return [0, 1].map((b) => [0, 1, 2].reduce((a, d) => a + normalKL(mp[b * D + d], sp[b * D + d], mq[b * D + d], sq[b * D + d]), 0));
}

/** Per-sample log p(x) − log q(x) under p's samples: the Monte Carlo mean and its standard error. */
async function mcStats(p: { sample(s: number[], seed?: number): tf.Tensor; logProb(x: tf.Tensor): tf.Tensor }, q: typeof p, n: number, seed: number, batch: number) {
  const d = tf.tidy(() => {
    const x = p.sample([n], seed);
    return tf.sub(p.logProb(x), q.logProb(x));
  });
  const diff = await d.data();
  d.dispose();
  return Array.from({ length: batch }, (_, b) => {
    const { mean, variance } = moments(Array.from({ length: n }, (_, i) => diff[i * batch + b]));
    return { mean, se: Math.sqrt(variance / n) };
  });
}

describeBackends('kl', (backend) => {
  it('DiagGaussian ‖ DiagGaussian and Normal ‖ Normal match the float64 closed form', async () => {
    await withScope(async () => {
      const p = new DiagGaussian(tf.tensor2d(muP, [B, D]), tf.tensor2d(sP, [B, D]));
      const q = new DiagGaussian(tf.tensor2d(muQ, [B, D]), tf.tensor2d(sQ, [B, D]));
      const d = kl(p, q);
      expect(d.shape).toEqual([B]);
      await expectCloseAsync(d, diagKL64(muP, sP, muQ, sQ), 1e-6, 1e-5);
      const n = kl(new Normal(tf.tensor2d(muP, [B, D]), tf.tensor2d(sP, [B, D])), new Normal(tf.tensor2d(muQ, [B, D]), tf.tensor2d(sQ, [B, D])));
      expect(n.shape).toEqual([B, D]);
      await expectCloseAsync(n, muP.map((m, i) => normalKL(m, sP[i], muQ[i], sQ[i])), 1e-6, 1e-5);
      // A standard-normal prior broadcast against a batch of posteriors.
      const prior = new DiagGaussian(tf.zeros([D]), tf.ones([D]));
      await expectCloseAsync(kl(p, prior), diagKL64(muP, sP, new Array(B * D).fill(0), new Array(B * D).fill(1)), 1e-6, 1e-5);
    });
  });

  it('Bernoulli ‖ Bernoulli and Categorical ‖ Categorical match float64', async () => {
    await withScope(async () => {
      const a = [...uniforms(4, -4, 4, 65), 1e4, -1e4];
      const b = [...uniforms(4, -4, 4, 66), -1e4, 1e4];
      const d = kl(new Bernoulli({ logits: tf.tensor1d(a) }), new Bernoulli({ logits: tf.tensor1d(b) }));
      await expectCloseAsync(d, a.map((ai, i) => bernoulliKL(ai, b[i])), 1e-5, 1e-5);
      const la = uniforms(2 * 4, -3, 3, 67);
      const lb = uniforms(2 * 4, -3, 3, 68);
      const c = kl(new Categorical({ logits: tf.tensor2d(la, [2, 4]) }), new Categorical({ logits: tf.tensor2d(lb, [2, 4]) }));
      const ref = [0, 1].map((r) => {
        const lpa = logSoftmax(la.slice(4 * r, 4 * r + 4));
        const lpb = logSoftmax(lb.slice(4 * r, 4 * r + 4));
        return lpa.reduce((acc, l, k) => acc + Math.exp(l) * (l - lpb[k]), 0);
      });
      await expectCloseAsync(c, ref, 1e-6, 1e-5);
    });
  });

  // 1e5 samples; 2e3 on webgpu, where SwiftShader (CI) takes ~0.4 s per 1e4 rows of a reduction.
  it('analytic KL agrees with a Monte Carlo estimate (within 5 standard errors)', async () => {
    await withScope(async () => {
      const n = backend === 'webgpu' ? 2_000 : 100_000;
      const p = new DiagGaussian(tf.tensor2d(muP, [B, D]), tf.tensor2d(sP, [B, D]));
      const q = new DiagGaussian(tf.tensor2d(muQ, [B, D]), tf.tensor2d(sQ, [B, D]));
      const exact = (await kl(p, q).data());
      const est = (await klMonteCarlo(p, q, n, 5).data());
      const stats = await mcStats(p, q, n, 5, B);
      for (let b = 0; b < B; b++) {
        expect(est[b]).toBeCloseTo(stats[b].mean, 4);
        expect(Math.abs(est[b] - exact[b])).toBeLessThan(5 * stats[b].se);
      }
      const bp = new Bernoulli({ logits: tf.tensor1d([-1, 0.5, 2]) });
      const bq = new Bernoulli({ logits: tf.tensor1d([1, -0.5, 0]) });
      const bExact = (await kl(bp, bq).data());
      const bEst = (await klMonteCarlo(bp, bq, n, 6).data());
      const bStats = await mcStats(bp, bq, n, 6, 3);
      for (let i = 0; i < 3; i++) expect(Math.abs(bEst[i] - bExact[i])).toBeLessThan(5 * bStats[i].se);
    });
  });

  it('without rsample, klMonteCarlo adds the score-function gradient: exact per-sample mean, unbiased for the analytic gradient', async () => {
    const n = backend === 'webgpu' ? 2_000 : 50_000;
    const av = [-1, 0.5, 2];
    const bv = [1, -0.5, 0];
    const a = tf.tensor1d(av);
    const b = tf.tensor1d(bv);
    const est = (la: tf.Tensor, lb: tf.Tensor) => klMonteCarlo(new Bernoulli({ logits: la }), new Bernoulli({ logits: lb }), n, 9);
    const [ga, gb] = tf.grads(est)([a, b]);
    const value = est(a, b);
    // The same draws (same seed), and the estimator's per-sample gradients in float64:
    // ∂/∂a = (1 + f)·(x − σ(a)), ∂/∂b = −(x − σ(b)), with f = log p(x) − log q(x).
    const xs = new Bernoulli({ logits: a }).sample([n], 9);
    const x = await xs.data();
    const sa = av.map(sigmoid);
    const sb = bv.map(sigmoid);
    const perA: number[][] = [[], [], []];
    const perB: number[][] = [[], [], []];
    const perF: number[][] = [[], [], []];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < 3; j++) {
        const xi = x[i * 3 + j];
        const f = bernoulliLogPmf(xi, av[j]) - bernoulliLogPmf(xi, bv[j]);
        perF[j].push(f);
        perA[j].push((1 + f) * (xi - sa[j]));
        perB[j].push(-(xi - sb[j]));
      }
    }
    await expectCloseAsync(value, perF.map((v) => moments(v).mean), 1e-4, 2e-3); // float32 sums of 5e4 terms
    await expectCloseAsync(ga, perA.map((v) => moments(v).mean), 1e-4, 2e-3);
    await expectCloseAsync(gb, perB.map((v) => moments(v).mean), 1e-4, 2e-3);
    // Unbiased: within 5 standard errors of the analytic gradients σ(a)(1 − σ(a))(a − b) and σ(b) − σ(a).
    const exactA = av.map((ai, j) => sa[j] * (1 - sa[j]) * (ai - bv[j]));
    const exactB = sb.map((s, j) => s - sa[j]);
    const gaV = await ga.data();
    const gbV = await gb.data();
    for (let j = 0; j < 3; j++) {
      expect(Math.abs(gaV[j] - exactA[j])).toBeLessThan(5 * Math.sqrt(moments(perA[j]).variance / n));
      expect(Math.abs(gbV[j] - exactB[j])).toBeLessThan(5 * Math.sqrt(moments(perB[j]).variance / n) + 1e-6);
    }
    tf.dispose([a, b, ga, gb, value, xs]);
  });

  it('the expm1 form stays accurate when p ≈ q, is 0 for p = q, and finite for tiny scales', async () => {
    await withScope(async () => {
      const sp = [1, 1 + 1e-3, 1 + 1e-2, 2];
      const sq = [1, 1, 1, 2 + 2e-3];
      const d = kl(new Normal(tf.zeros([4]), tf.tensor1d(sp)), new Normal(tf.zeros([4]), tf.tensor1d(sq)));
      // tfjs-backend-webgpu computes expm1(x) as exp(x) − 1, so there the small-KL accuracy is the naive form's.
      const rtol = backend === 'webgpu' ? 0.1 : 2e-2;
      await expectCloseAsync(d, sp.map((s, i) => normalKL(0, Math.fround(s), 0, Math.fround(sq[i]))), 1e-9, rtol);
      expect((await d.data())[0]).toBe(0);
      const tiny = kl(new DiagGaussian(tf.zeros([1, 2]), tf.tensor2d([[1e-6, 1]])), new DiagGaussian(tf.ones([1, 2]), tf.tensor2d([[1, 1e-6]])));
      await expectCloseAsync(tiny, [normalKL(0, 1e-6, 1, 1) + normalKL(0, 1, 1, 1e-6)], 0, 1e-5);
      const g = tf.grads((s: tf.Tensor) => kl(new Normal(tf.zeros([2]), s), new Normal(tf.ones([2]), tf.tensor1d([1e-6, 1]))))([tf.tensor1d([1e-6, 1e-6])]);
      expect(Array.from((await g[0].data())).every(Number.isFinite)).toBe(true);
    });
  });

  it('gradients of every analytic KL with respect to every parameter match finite differences', async () => {
    const mp = tf.tensor2d(muP, [B, D]);
    const sp = tf.tensor2d(sP, [B, D]);
    const mq = tf.tensor2d(muQ, [B, D]);
    const sq = tf.tensor2d(sQ, [B, D]);
    await expectGradientsMatch((a, b, c, d) => kl(new DiagGaussian(a, b), new DiagGaussian(c, d)), [mp, sp, mq, sq]);
    await expectGradientsMatch((a, b, c, d) => kl(new Normal(a, b), new Normal(c, d)), [mp, sp, mq, sq]);
    await expectGradientsMatch((a, b, c, d) => kl(DiagGaussian.fromRaw(a, b), DiagGaussian.fromRaw(c, d)), [mp, sp, mq, sq]);
    const la = tf.tensor1d(uniforms(4, -3, 3, 69));
    const lb = tf.tensor1d(uniforms(4, -3, 3, 70));
    await expectGradientsMatch((a, b) => kl(new Bernoulli({ logits: a }), new Bernoulli({ logits: b })), [la, lb]);
    await expectGradientsMatch((a, b) => kl(new Categorical({ logits: a }), new Categorical({ logits: b })), [tf.reshape(la, [2, 2]), tf.reshape(lb, [2, 2])]);
    // The Monte Carlo estimate is differentiable through rsample, at a fixed seed.
    await expectGradientsMatch((a, b, c, d) => klMonteCarlo(new DiagGaussian(a, b), new DiagGaussian(c, d), 8, 3), [mp, sp, mq, sq]);
    tf.dispose([mp, sp, mq, sq, la, lb]);
  });

  it('keeps tf.memory().numTensors flat', async () => {
    const m = tf.tensor2d(muP, [B, D]);
    const s = tf.tensor2d(sP, [B, D]);
    const p = new DiagGaussian(m, s);
    const q = new DiagGaussian(tf.zeros([D]), tf.ones([D]));
    await expectNoLeak(() => kl(p, q));
    await expectNoLeak(() => klMonteCarlo(p, q, 16, 1));
    await expectNoLeak(() => tf.grads((a: tf.Tensor) => kl(new DiagGaussian(a, s), q))([m]));
    await expectNoLeak(() => {
      lookupKL(p, q);
    });
    const n = new Normal(m, s);
    const b = new Bernoulli({ logits: m });
    const c = new Categorical({ logits: m });
    await expectNoLeak(() => kl(n, n));
    await expectNoLeak(() => kl(b, b));
    await expectNoLeak(() => kl(c, c));
    await expectNoLeak(() => klMonteCarlo(b, b, 8, 2));
    tf.dispose([m, s, q.loc, q.scale, b.probs]);
  });
});

describeBackends('KL registry', () => {
  class Wide extends DiagGaussian {}
  class Custom extends Normal {}

  it('an unregistered pair throws naming both types', async () => {
    const m = new DiagGaussianMixture(tf.zeros([2]), tf.zeros([2, 1]), tf.ones([2, 1]));
    const n = new Normal(tf.zeros([1]), tf.ones([1]));
    expect(() => kl(m, n)).toThrow(
      'kl: no KL divergence is registered for (DiagGaussianMixture ‖ Normal); register one with registerKL(DiagGaussianMixture, Normal, fn) or estimate it with klMonteCarlo(p, q, n).',
    );
    expect(() => kl(n, new Bernoulli({ logits: tf.zeros([1]) }))).toThrow('(Normal ‖ Bernoulli)');
    expect(() => kl(n, {} as never)).toThrow('kl: p and q must be Distributions, found Normal and Object.');
  });

  it('subclasses use their parent pair unless a more specific pair is registered; re-registering replaces', async () => {
    const p = new Wide(tf.zeros([1, 2]), tf.ones([1, 2]));
    const q = new DiagGaussian(tf.ones([1, 2]), tf.ones([1, 2]));
    await expectCloseAsync(kl(p, q), [1], 1e-6);
    registerKL(Wide, DiagGaussian, () => tf.scalar(7));
    await expectCloseAsync(kl(p, q), [7], 0);
    await expectCloseAsync(kl(q, p), [1], 1e-6); // (DiagGaussian ‖ Wide) still resolves to the base pair
    registerKL(Wide, DiagGaussian, () => tf.scalar(8));
    await expectCloseAsync(kl(p, q), [8], 0);
    const c = new Custom(tf.zeros([1]), tf.ones([1]));
    registerKL(Custom, Normal, () => tf.scalar(3));
    await expectCloseAsync(kl(c, c), [3], 0);
    expect(() => registerKL(Custom, Normal, 5 as never)).toThrow('registerKL(Custom, Normal): fn must be a function, found number.');
  });

  it('mismatched events and bad Monte Carlo arguments are named', async () => {
    const p = new DiagGaussian(tf.zeros([2, 3]), tf.ones([2, 3]));
    expect(() => kl(p, new DiagGaussian(tf.zeros([2, 4]), tf.ones([2, 4])))).toThrow(
      'kl(DiagGaussian ‖ DiagGaussian): event sizes differ: p has event [3], q has event [4].',
    );
    expect(() => kl(p, new DiagGaussian(tf.zeros([5, 3]), tf.ones([5, 3])))).toThrow(
      'kl(DiagGaussian ‖ DiagGaussian): batch shapes do not broadcast: p.batchShape [2], q.batchShape [5].',
    );
    expect(() => kl(new Categorical({ logits: tf.zeros([3]) }), new Categorical({ logits: tf.zeros([4]) }))).toThrow(
      'kl(Categorical ‖ Categorical): numbers of categories differ: p.logits [3], q.logits [4].',
    );
    expect(() => klMonteCarlo(p, p, 0)).toThrow('klMonteCarlo: n must be a positive integer, found 0.');
    expect(() => klMonteCarlo(p, new Normal(tf.zeros([2]), tf.ones([2])), 4)).toThrow(
      'klMonteCarlo: event shapes differ: DiagGaussian has event [3], Normal has event [].',
    );
  });
}, { backends: ['cpu'] });
