import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectCloseAsync, withScope, expectGradientsMatch, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { DiagGaussianMixture } from './diag-gaussian-mixture';
import { logSoftmax, logSumExp, moments, normalLogPdf, softplus, uniforms } from './float64-reference';

const B = 2;
const K = 3;
const D = 2;
const logitsV = uniforms(B * K, -2, 2, 51);
const locV = uniforms(B * K * D, -3, 3, 52);
const scaleV = uniforms(B * K * D, 0.4, 1.5, 53);
const rawV = uniforms(B * K * D, -2, 2, 54);
const S = 3;
const xV = uniforms(S * B * D, -4, 4, 55);

/** float64 mixture log-density for batch member b at point x[D]. */
function mixLogPdf(x: number[], b: number, logits: number[], loc: number[], scale: number[]): number {
  const lw = logSoftmax(logits.slice(b * K, b * K + K));
  const terms = lw.map((l, k) => {
    let acc = l;
    for (let d = 0; d < D; d++) {
      const i = (b * K + k) * D + d;
      acc += normalLogPdf(x[d], loc[i], scale[i]);
    }
    return acc;
  });
  return logSumExp(terms);
}

function mixLogPdfAll(x: number[], logits: number[], loc: number[], scale: number[]): number[] {
  const out: number[] = [];
  for (let s = 0; s < S; s++) for (let b = 0; b < B; b++) out.push(mixLogPdf(x.slice((s * B + b) * D, (s * B + b) * D + D), b, logits, loc, scale));
  return out;
}

function tensors(): [tf.Tensor, tf.Tensor, tf.Tensor] {
  return [tf.tensor2d(logitsV, [B, K]), tf.tensor3d(locV, [B, K, D]), tf.tensor3d(scaleV, [B, K, D])];
}

describeBackends('DiagGaussianMixture', () => {
  it('logProb (logSumExp over components) and mean match float64', async () => {
    await withScope(async () => {
      const m = new DiagGaussianMixture(...tensors());
      expect(m.batchShape).toEqual([B]);
      expect(m.eventShape).toEqual([D]);
      expect(m.numComponents).toBe(K);
      const lp = m.logProb(tf.tensor3d(xV, [S, B, D]));
      expect(lp.shape).toEqual([S, B]);
      await expectCloseAsync(lp, mixLogPdfAll(xV, logitsV, locV, scaleV), 2e-5, 1e-5);
      const mean: number[] = [];
      for (let b = 0; b < B; b++) {
        const w = logSoftmax(logitsV.slice(b * K, b * K + K)).map(Math.exp);
        for (let d = 0; d < D; d++) mean.push(w.reduce((a, wk, k) => a + wk * locV[(b * K + k) * D + d], 0));
      }
      await expectCloseAsync(m.mean, mean, 1e-5, 1e-5);
      await expectCloseAsync(m.weights(), [0, 1].flatMap((b) => logSoftmax(logitsV.slice(b * K, b * K + K)).map(Math.exp)), 1e-6, 1e-5);
      expect(m.componentLogProb(tf.tensor2d(xV.slice(0, B * D), [B, D])).shape).toEqual([B, K]);
    });
  });

  it('fromRaw sets scale = softplus(raw) + minScale', async () => {
    await withScope(async () => {
      const [logits, loc] = tensors();
      const m = DiagGaussianMixture.fromRaw(logits, loc, tf.tensor3d(rawV, [B, K, D]), 1e-3);
      await expectCloseAsync(m.scale, rawV.map((r) => softplus(r) + 1e-3), 1e-6, 1e-6);
      await expectCloseAsync(m.logProb(tf.tensor3d(xV, [S, B, D])), mixLogPdfAll(xV, logitsV, locV, rawV.map((r) => softplus(r) + 1e-3)), 2e-5, 1e-5);
    });
  });

  it('samples pick components with the mixture weights and follow each component', async () => {
    await withScope(async () => {
      // Well-separated components, so each sample's component is read off its first coordinate.
      const means = [-20, 0, 20];
      const sds = [0.5, 1, 2];
      const lw = [0.2, -0.5, 1];
      const w = logSoftmax(lw).map(Math.exp);
      const m = new DiagGaussianMixture(
        tf.tensor1d(lw),
        tf.tensor2d(means.flatMap((mu) => [mu, -mu]), [K, D]),
        tf.tensor2d(sds.flatMap((s) => [s, s]), [K, D]),
      );
      const n = 20000;
      const s = m.sample([n], 11);
      expect(s.shape).toEqual([n, D]);
      const data = (await s.data());
      const byComp: number[][][] = [[], [], []].map(() => [[], []]);
      for (let i = 0; i < n; i++) {
        const x0 = data[i * D];
        const k = x0 < -10 ? 0 : x0 < 10 ? 1 : 2;
        byComp[k][0].push(x0);
        byComp[k][1].push(data[i * D + 1]);
      }
      for (let k = 0; k < K; k++) {
        const nk = byComp[k][0].length;
        expect(Math.abs(nk / n - w[k])).toBeLessThan(5 * Math.sqrt((w[k] * (1 - w[k])) / n));
        for (let d = 0; d < D; d++) {
          const { mean, variance } = moments(byComp[k][d]);
          const mu = d === 0 ? means[k] : -means[k];
          expect(Math.abs(mean - mu)).toBeLessThan((5 * sds[k]) / Math.sqrt(nk));
          expect(Math.abs(variance - sds[k] ** 2)).toBeLessThan(5 * sds[k] ** 2 * Math.sqrt(2 / nk));
        }
      }
      await expectCloseAsync(m.sample([5], 3), m.sample([5], 3), 0);
      expect(m.sample([2, 3], 1).shape).toEqual([2, 3, D]);
    });
  });

  it('gradients of logProb with respect to logits, loc, scale, raw scale and x match finite differences', async () => {
    const [logits, loc, scale] = tensors();
    const raw = tf.tensor3d(rawV, [B, K, D]);
    const x = tf.tensor3d(xV, [S, B, D]);
    await expectGradientsMatch((l, mu, s, xx) => new DiagGaussianMixture(l, mu, s).logProb(xx), [logits, loc, scale, x]);
    await expectGradientsMatch((r) => DiagGaussianMixture.fromRaw(logits, loc, r).logProb(x), [raw]);
    await expectGradientsMatch((l, mu) => new DiagGaussianMixture(l, mu, scale).mean, [logits, loc]);
    // sample() passes a zero gradient (the component choice is not differentiable).
    const g = tf.grads((mu: tf.Tensor) => tf.sum(new DiagGaussianMixture(logits, mu, scale).sample([2], 1)))([loc]);
    await expectCloseAsync(g[0], new Array(B * K * D).fill(0), 0);
    tf.dispose([logits, loc, scale, raw, x, ...g]);
  });

  it('extreme logits (±1e4) and tiny scales (1e-6) give finite log-densities and gradients', async () => {
    await withScope(async () => {
      const logits = tf.tensor2d([[1e4, -1e4], [-1e4, 1e4]]);
      const loc = tf.tensor3d([[[0], [5]], [[0], [5]]]);
      const scale = tf.tensor3d([[[1e-6], [1]], [[1], [1e-6]]]);
      const x = tf.tensor2d([[3], [5]]);
      const m = new DiagGaussianMixture(logits, loc, scale);
      // log-weights are [0, −2e4] and [−2e4, 0]; the 1e-6 component at x = 3 is far below the other.
      const expected = [
        logSumExp([normalLogPdf(3, 0, 1e-6), -2e4 + normalLogPdf(3, 5, 1)]),
        logSumExp([-2e4 + normalLogPdf(5, 0, 1), normalLogPdf(5, 5, 1e-6)]),
      ];
      await expectCloseAsync(m.logProb(x), expected, 0, 1e-6);
      const g = tf.grads((l: tf.Tensor, mu: tf.Tensor, s: tf.Tensor) => new DiagGaussianMixture(l, mu, s).logProb(x))([logits, loc, scale]);
      for (const gi of g) expect(Array.from((await gi.data())).every(Number.isFinite)).toBe(true);
      await expectCloseAsync(m.sample([2], 1), [0, 5, 0, 5], 1e-4);
    });
  });

  it('has no rsample, mode or entropy, with clear errors', async () => {
    await withScope(async () => {
      const m = new DiagGaussianMixture(...tensors());
      expect(m.hasRsample).toBe(false);
      expect(() => m.rsample([1])).toThrow('DiagGaussianMixture.rsample: this distribution has no reparameterised sampler; use sample(), which passes no gradient.');
      expect(() => m.entropy()).toThrow('DiagGaussianMixture.entropy is not defined in closed form');
      expect(() => m.mode).toThrow('DiagGaussianMixture.mode is not defined in closed form');
    });
  });

  it('keeps tf.memory().numTensors flat around every public call', async () => {
    const [logits, loc, scale] = tensors();
    const x = tf.tensor2d(xV.slice(0, B * D), [B, D]);
    const m = new DiagGaussianMixture(logits, loc, scale);
    await expectNoLeak(() => {
      new DiagGaussianMixture(logits, loc, scale);
    });
    await expectNoLeak(() => tf.tidy(() => DiagGaussianMixture.fromRaw(logits, loc, scale).logProb(x)));
    await expectNoLeak(() => m.logProb(x));
    await expectNoLeak(() => m.componentLogProb(x));
    await expectNoLeak(() => m.mean);
    await expectNoLeak(() => m.weights());
    await expectNoLeak(() => m.sample([2], 1));
    tf.dispose([logits, loc, scale, x]);
  });
});

describeBackends('DiagGaussianMixture validation', () => {
  it('names the parameters and shapes found', async () => {
    expect(() => new DiagGaussianMixture(tf.zeros([2, 3]), tf.zeros([2, 4, 2]), tf.ones([2, 4, 2]))).toThrow(
      'DiagGaussianMixture: expected logits [..., K], loc [..., K, D] and scale [..., K, D] with the same K and D, found logits [2, 3], loc [2, 4, 2], scale [2, 4, 2].',
    );
    expect(() => new DiagGaussianMixture(tf.zeros([2, 3]), tf.zeros([2, 3, 2]), tf.ones([2, 3, 1]))).toThrow('scale [2, 3, 1]');
    expect(() => new DiagGaussianMixture(tf.zeros([2, 3]), tf.zeros([4, 3, 2]), tf.ones([4, 3, 2]))).toThrow(
      'DiagGaussianMixture: the batch dimensions of logits, loc and scale do not broadcast: logits [2], loc [4], scale [4].',
    );
    expect(() => new DiagGaussianMixture(tf.zeros([3]), tf.zeros([3]), tf.ones([3]))).toThrow(
      'DiagGaussianMixture: loc must have shape [..., K, D] (rank ≥ 2), found [3].',
    );
    expect(() => new DiagGaussianMixture(tf.zeros([2]), tf.zeros([2, 1]), tf.tensor2d([[1], [0]]))).toThrow(
      'DiagGaussianMixture: scale at index [1, 0] is 0, expected > 0 (scale shape [2, 1]).',
    );
    const m = new DiagGaussianMixture(tf.zeros([2]), tf.zeros([2, 3]), tf.ones([2, 3]));
    expect(() => m.logProb(tf.zeros([4, 2]))).toThrow('DiagGaussianMixture.logProb: x must have shape [...sampleShape, ...batchShape [], ...eventShape [3]] = [..., 3], found [4, 2].');
  });
}, { backends: ['cpu'] });
