import * as tf from '@tensorflow/tfjs-core';
import { SeededRandom } from '@probseq/nn';
import { describeBackends, expectClose, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { fivoBound, type ParticleModel, type Resampling } from './fivo';
import { resolveObjective } from './objectives';
import { RNNBaseline } from './rnn-baseline';
import { VRNN } from './vrnn';

// Slow on WebGPU's software adapter.
const CPU_WASM = { backends: ['cpu', 'wasm'] as Array<'cpu' | 'wasm'> };

const small = { hDim: 8, zDim: 3, phiXHidden: [6], phiZHidden: [6], priorHidden: [6], encoderHidden: [6], decoderHidden: [6] };

/**
 * A model whose particles carry their lineage's log-weights: row n·B + b starts as table[·][n][b] and
 * step t emits column t of its row, so a wrong gather of the states shows up in the later weights.
 */
function lineageModel(table: number[][][]): ParticleModel {
  const T = table.length;
  const N = table[0].length;
  const B = table[0][0].length;
  return {
    elbo: () => {
      throw new Error('unused');
    },
    logWeights: () => {
      throw new Error('unused');
    },
    particleSteps: () => ({
      steps: T,
      batch: B,
      particles: N,
      initial: () => {
        const rows: number[][] = [];
        for (let n = 0; n < N; n++) for (let b = 0; b < B; b++) rows.push(table.map((step) => step[n][b]));
        return [tf.tensor2d(rows)];
      },
      step: (t, [s]) => ({ state: [tf.clone(s)], logAlpha: tf.reshape(tf.slice(s, [0, t], [-1, 1]), [-1]) }),
    }),
  };
}

const logMeanExp = (a: number[]) => {
  const m = Math.max(...a);
  return m + Math.log(a.reduce((s, v) => s + Math.exp(v - m), 0) / a.length);
};
const ess = (a: number[]) => {
  const m = Math.max(...a);
  const w = a.map((v) => Math.exp(v - m));
  return w.reduce((s, v) => s + v, 0) ** 2 / w.reduce((s, v) => s + v * v, 0);
};

/** The SMC recursion in float64 on the table, replaying the recorded ancestors and checking each ESS decision. */
function referenceBound(table: number[][][], mask: number[][], events: Resampling[]): number[] {
  const T = table.length;
  const N = table[0].length;
  const B = table[0][0].length;
  return Array.from({ length: B }, (_, b) => {
    let lineage = Array.from({ length: N }, (_, n) => n);
    let logW = new Array<number>(N).fill(0);
    let logZ = 0;
    for (let t = 0; t < T; t++) {
      if (mask[t][b] === 0) {
        expect(events.some((e) => e.step === t && e.sequence === b), `no resampling at padded step ${t}`).toBe(false);
        continue;
      }
      logW = logW.map((w, n) => w + table[t][lineage[n]][b]);
      const event = events.find((e) => e.step === t && e.sequence === b);
      const below = t < T - 1 && ess(logW) < N / 2;
      expect(Boolean(event), `resampling of sequence ${b} at step ${t} (ESS ${ess(logW).toFixed(3)})`).toBe(below);
      if (event) {
        logZ += logMeanExp(logW);
        logW = new Array<number>(N).fill(0);
        lineage = event.ancestors.map((a) => lineage[a]);
      }
    }
    return logZ + logMeanExp(logW);
  });
}

describeBackends('FIVO', () => {
  it('equals the float64 SMC recursion (ESS < N/2, masks, ancestors gathered) on fixed incremental weights', () => {
    const [T, N, B] = [9, 5, 6];
    const rng = new SeededRandom(3);
    const table = Array.from({ length: T }, () => Array.from({ length: N }, () => Array.from({ length: B }, () => 2.5 * rng.normal() - 1)));
    const lengths = [9, 9, 7, 4, 1, 6];
    const mask = Array.from({ length: T }, (_, t) => lengths.map((l) => (t < l ? 1 : 0)));
    // Padded steps carry garbage that must not count.
    for (let t = 0; t < T; t++) for (let n = 0; n < N; n++) for (let b = 0; b < B; b++) if (!mask[t][b]) table[t][n][b] = 1e3;
    const maskT = tf.tensor2d(mask);
    const x = tf.zeros([T, B, 1]);
    const { bound, resamplings } = fivoBound(lineageModel(table), x, { particles: N, mask: maskT, seed: 11 });
    expect(resamplings.length).toBeGreaterThan(5);
    expectClose(bound, referenceBound(table, mask, resamplings), 2e-4, 1e-6);
    // Without resampling it is log-mean-exp of the summed weights (IWAE); resampling at every step is also exact.
    const never = fivoBound(lineageModel(table), x, { particles: N, mask: maskT, resampling: 'never' });
    const sums = lengths.map((l, b) => logMeanExp(Array.from({ length: N }, (_, n) => table.slice(0, l).reduce((s, r) => s + r[n][b], 0))));
    expectClose(never.bound, sums, 2e-4, 1e-6);
    expect(never.resamplings).toEqual([]);
    const always = fivoBound(lineageModel(table), x, { particles: N, mask: maskT, resampling: 'always', seed: 2 });
    expect(always.resamplings.length).toBe(lengths.reduce((s, l) => s + Math.min(l, T - 1), 0));
    // Given uniforms are the draws: u = 0 picks the first particle, u → 1 the last (inverse CDF).
    const [lo, hi] = [tf.zeros([T, B, N]), tf.fill([T, B, N], 0.999999)];
    const first = fivoBound(lineageModel(table), x, { particles: N, mask: maskT, resampling: 'always', uniforms: lo });
    const last = fivoBound(lineageModel(table), x, { particles: N, mask: maskT, resampling: 'always', uniforms: hi });
    expect(first.resamplings.every((r) => r.ancestors.every((a) => a === 0))).toBe(true);
    expect(last.resamplings.every((r) => r.ancestors.every((a) => a === N - 1))).toBe(true);
    tf.dispose([bound, never.bound, always.bound, first.bound, last.bound, lo, hi, maskT, x]);
  });

  it('draws ancestors in proportion to the weights (multinomial, 8000 draws)', () => {
    const [N, B] = [4, 2000];
    const p = [0.55, 0.25, 0.15, 0.05];
    const table = [p.map((v) => new Array<number>(B).fill(Math.log(v))), p.map(() => new Array<number>(B).fill(0))];
    const x = tf.zeros([2, B, 1]);
    const { bound, resamplings } = fivoBound(lineageModel(table), x, { particles: N, seed: 5, resampling: 'always' });
    expect(resamplings.length).toBe(B);
    const counts = [0, 0, 0, 0];
    for (const r of resamplings) for (const a of r.ancestors) counts[a] += 1;
    const draws = N * B;
    counts.forEach((c, i) => expect(Math.abs(c / draws - p[i])).toBeLessThan(5 * Math.sqrt((p[i] * (1 - p[i])) / draws)));
    tf.dispose([bound, x]);
  });

  it('with N = 1 equals the ELBO with a sampled KL (same noise); without resampling, IWAE(N)', () => {
    for (const posterior of ['filtering', 'smoothing'] as const) {
      const model = new VRNN({ xDim: 2, ...small, posterior, cell: posterior === 'filtering' ? 'lstm' : 'gru', seed: 4 });
      const [T, B, N] = [6, 3, 4];
      const x = tf.randomNormal([T, B, 2], 0, 1, 'float32', 1);
      const mask = tf.tensor2d([[1, 1, 1], [1, 1, 1], [1, 1, 1], [1, 1, 0], [1, 0, 0], [1, 0, 0]]);
      const noise1 = tf.randomNormal([T, B, 3], 0, 1, 'float32', 2);
      const f1 = fivoBound(model, x, { particles: 1, mask, noise: noise1, seed: 3 });
      const w1 = model.logWeights(x, { samples: 1, mask, noise: noise1 });
      expectClose(f1.bound, tf.reshape(w1, [B]), 1e-4, 1e-5);
      const noiseN = tf.randomNormal([T, N * B, 3], 0, 1, 'float32', 4);
      const fN = fivoBound(model, x, { particles: N, mask, noise: noiseN, resampling: 'never' });
      const wN = model.logWeights(x, { samples: N, mask, noise: noiseN });
      const iwae = tf.sub(tf.logSumExp(wN, 0), Math.log(N));
      expectClose(fN.bound, iwae, 1e-4, 1e-5);
      tf.dispose([x, mask, noise1, noiseN, f1.bound, w1, fN.bound, wN, iwae]);
      model.dispose();
    }
  });

  it('rises with N in expectation (20 seeds; the gap exceeds 5 standard errors)', () => {
    const model = new VRNN({ xDim: 2, ...small, seed: 8 });
    const x = tf.tidy(() => tf.add(tf.sin(tf.reshape(tf.range(0, 10), [10, 1, 1])), tf.randomNormal([10, 6, 2], 0, 0.5, 'float32', 9)));
    const mean = (n: number, seed: number) => {
      const { bound } = fivoBound(model, x, { particles: n, seed });
      const v = tf.mean(bound).dataSync()[0];
      bound.dispose();
      return v;
    };
    const S = 20;
    for (const [lo, hi] of [[1, 4], [4, 16]]) {
      const d = Array.from({ length: S }, (_, s) => mean(hi, 1000 + s) - mean(lo, 2000 + s));
      const m = d.reduce((a, v) => a + v, 0) / S;
      const se = Math.sqrt(d.reduce((a, v) => a + (v - m) ** 2, 0) / (S - 1) / S);
      expect(m, `FIVO(${hi}) − FIVO(${lo})`).toBeGreaterThan(5 * se);
    }
    x.dispose();
    model.dispose();
  });

  it('its gradient (resampling draws held fixed) matches float64 central differences', () => {
    const model = new VRNN({ xDim: 2, hDim: 4, zDim: 2, phiXHidden: [3], phiZHidden: [3], priorHidden: [3], encoderHidden: [3], decoderHidden: [3], seed: 6 });
    const [T, B, N] = [5, 2, 3];
    const x = tf.randomNormal([T, B, 2], 0, 1, 'float32', 7);
    const noise = tf.randomNormal([T, N * B, 2], 0, 1, 'float32', 8);
    const objective = (policy: 'ess' | 'always') => {
      const r = fivoBound(model, x, { particles: N, noise, seed: 9, resampling: policy });
      const v = tf.sum(r.bound);
      r.bound.dispose();
      return { v: v as tf.Scalar, events: JSON.stringify(r.resamplings) };
    };
    const checked = model.namedParameters().filter(([name]) => /^(encoder\.head|prior\.head|decoder\.head|cell\.biasHH|phiZ\.layers\.0)/.test(name));
    expect(checked.length).toBe(9);
    for (const policy of ['always', 'ess'] as const) {
      const base = objective(policy);
      const f0 = base.v.dataSync()[0];
      base.v.dispose();
      if (policy === 'always') expect(JSON.parse(base.events).length).toBe(B * (T - 1));
      const { grads, value } = tf.variableGrads(() => objective(policy).v, checked.map(([, v]) => v));
      value.dispose();
      let compared = 0;
      let kinks = 0;
      for (const [name, v] of checked) {
        const analytic = Array.from(grads[v.name].dataSync());
        const w0 = Float32Array.from(v.dataSync());
        analytic.forEach((a, j) => {
          const at = (delta: number) => {
            const w = Float32Array.from(w0);
            w[j] += delta;
            v.assign(tf.tensor(w, v.shape));
            const r = objective(policy);
            expect(r.events, `${name}[${j}]: same resampling draws`).toBe(base.events);
            const out = r.v.dataSync()[0];
            r.v.dispose();
            return out;
          };
          const h = 3e-3;
          const [fp, fm] = [at(h), at(-h)];
          v.assign(tf.tensor(w0, v.shape));
          const g = (fp - fm) / (2 * h);
          // A ReLU switching inside [−h, h] makes the one-sided slopes disagree: no derivative to compare there.
          if (Math.abs((fp - f0) / h - (f0 - fm) / h) > 0.05 * Math.max(1, Math.abs(g))) {
            kinks += 1;
            return;
          }
          compared += 1;
          expect(Math.abs(a - g), `${policy} ${name}[${j}]: analytic ${a} vs numeric ${g}`).toBeLessThan(3e-3 + 1e-2 * Math.abs(g));
        });
      }
      expect(kinks, `${kinks} kinks of ${compared + kinks}`).toBeLessThan(0.1 * (compared + kinks));
      tf.dispose(Object.values(grads));
    }
    tf.dispose([x, noise]);
    model.dispose();
  });

  it("is registered as 'fivo' / 'fivo(N)'; for the RNN baseline it is the exact log-likelihood", () => {
    expect(resolveObjective('fivo').name).toBe('fivo(4)');
    expect(resolveObjective('fivo(8)').name).toBe('fivo(8)');
    expect(() => resolveObjective('fivo(0)')).toThrow(/fivo: particles must be a positive integer, found 0/);
    const rnn = new RNNBaseline({ xDim: 2, hDim: 5, phiXHidden: [4], decoderHidden: [4], seed: 1 });
    const x = tf.randomNormal([4, 3, 2], 0, 1, 'float32', 1);
    const { bound } = fivoBound(rnn, x, { particles: 4 });
    const ll = rnn.logLikelihood(x);
    expectClose(bound, ll, 1e-6, 0);
    const loss = resolveObjective('fivo(4)').loss(rnn, x);
    expectClose(loss, -tf.mean(ll).dataSync()[0], 1e-5, 1e-6);
    const model = new VRNN({ xDim: 2, ...small });
    expect(() => fivoBound(model, x, { particles: 2, noise: tf.zeros([4, 3, 3]) })).toThrow(
      /VRNN.particleSteps: noise must have shape \[T, B, zDim\] = \[4, 6, 3\], found \[4, 3, 3\]/,
    );
    const u = tf.zeros([4, 3, 3]);
    expect(() => fivoBound(model, x, { particles: 2, uniforms: u })).toThrow(/fivo: uniforms must have shape \[T, B, N\] = \[4, 3, 2\], found \[4, 3, 3\]/);
    u.dispose();
    tf.dispose([x, bound, ll, loss]);
    rnn.dispose();
    model.dispose();
  });

  it('has no tensor leaks (bound, loss and its gradients)', async () => {
    const model = new VRNN({ xDim: 2, ...small, posterior: 'smoothing', seed: 5 });
    const x = tf.randomNormal([5, 2, 2], 0, 1, 'float32', 1);
    const mask = tf.tensor2d([[1, 1], [1, 1], [1, 0], [1, 0], [1, 0]]);
    await expectNoLeak(() => fivoBound(model, x, { particles: 3, mask, seed: 1, resampling: 'always' }).bound);
    await expectNoLeak(() => model.loss(x, { mask, objective: 'fivo(3)', seed: 2 }));
    await expectNoLeak(() => tf.variableGrads(() => model.loss(x, { mask, objective: 'fivo(3)', seed: 3 })));
    tf.dispose([x, mask]);
    model.dispose();
  });
}, CPU_WASM);

describeBackends('FIVO training', () => {
  it('FIVO(4) training improves its own bound on a small batch', () => {
    const x = tf.tidy(() => tf.add(tf.sin(tf.reshape(tf.range(0, 12), [12, 1, 1])), tf.randomNormal([12, 8, 1], 0, 0.1, 'float32', 1)));
    const model = new VRNN({ xDim: 1, ...small, seed: 7 });
    const bound = () => {
      const { bound: b } = fivoBound(model, x, { particles: 4, seed: 123 });
      const v = tf.mean(b).dataSync()[0];
      b.dispose();
      return v;
    };
    const before = bound();
    const opt = tf.train.adam(0.01);
    for (let i = 0; i < 50; i++) opt.minimize(() => model.loss(x, { objective: 'fivo(4)', seed: i }), true)?.dispose();
    expect(bound() - before).toBeGreaterThan(5);
    opt.dispose();
    model.dispose();
    x.dispose();
  });
}, { backends: ['wasm'] });
