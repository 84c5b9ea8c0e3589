import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { describeBackends, expectClose, expectNoLeak } from '@probseq/testing';
import { Adam } from './adam';
import { clipByGlobalNorm } from './clip-by-global-norm';

/** Adam in float64 plain JS, from the paper's Algorithm 1. */
function adamReference(theta: number[], grads: number[][], lr: number, b1 = 0.9, b2 = 0.999, eps = 1e-8, wd = 0): number[] {
  const m = theta.map(() => 0);
  const v = theta.map(() => 0);
  const p = theta.slice();
  grads.forEach((g, k) => {
    const t = k + 1;
    for (let i = 0; i < p.length; i++) {
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      const mh = m[i] / (1 - b1 ** t);
      const vh = v[i] / (1 - b2 ** t);
      p[i] *= 1 - lr * wd; // decoupled weight decay (AdamW), before the Adam step
      p[i] -= (lr * mh) / (Math.sqrt(vh) + eps);
    }
  });
  return p;
}

describeBackends('Adam', () => {
  it('matches the float64 reference over 20 steps', () => {
    const theta = [0.5, -1.25, 2, 0.01];
    const grads = Array.from({ length: 20 }, (_, k) => theta.map((_, i) => Math.sin(3 * k + i) * (i + 1)));
    const p = tf.variable(tf.tensor1d(theta));
    const opt = new Adam([p], 0.01);
    for (const g of grads) tf.tidy(() => opt.step([tf.tensor1d(g)]));
    expectClose(p, adamReference(theta, grads, 0.01), 2e-6, 1e-5);
    opt.dispose();
    p.dispose();
  });

  it('with weightDecay, decays every parameter by 1 − lr·λ before each step (AdamW) and matches the float64 reference', () => {
    const theta = [0.5, -1.25, 2, 0.01];
    const grads = Array.from({ length: 20 }, (_, k) => theta.map((_, i) => Math.sin(3 * k + i) * (i + 1)));
    const p = tf.variable(tf.tensor1d(theta));
    const q = tf.variable(tf.tensor1d(theta));
    const opt = new Adam([p], 0.01, { weightDecay: 5 });
    const plain = new Adam([q], 0.01);
    for (const g of grads) tf.tidy(() => (opt.step([tf.tensor1d(g)]), plain.step([tf.tensor1d(g)])));
    expectClose(p, adamReference(theta, grads, 0.01, 0.9, 0.999, 1e-8, 5), 2e-6, 1e-5);
    // λ = 5 with lr 0.01 shrinks θ by 5 % a step: far from plain Adam's result.
    const gap = tf.tidy(() => tf.max(tf.abs(tf.sub(p, q))).dataSync()[0]);
    expect(gap).toBeGreaterThan(0.1);
    expect(() => new Adam([p], 0.01, { weightDecay: -1 })).toThrow(/weightDecay must be a finite number ≥ 0, found -1/);
    opt.dispose();
    plain.dispose();
    p.dispose();
    q.dispose();
  });

  it('with maxNorm, clips jointly first (as clipByGlobalNorm) and returns the norm before clipping', () => {
    const theta = [[0.5, -1.25, 2, 0.01, 3, -2, 0.7], [1, 2, 3, 4, 5]];
    const grads = Array.from({ length: 6 }, (_, k) => theta.map((t) => t.map((_, i) => (k + 2) * (Math.sin(2 * k + i) + 1.5) * 4)));
    const ps = theta.map((t) => tf.variable(tf.tensor1d(t)));
    const qs = theta.map((t) => tf.variable(tf.tensor1d(t)));
    const a = new Adam(ps, 0.01);
    const b = new Adam(qs, 0.01);
    for (const g of grads) {
      tf.tidy(() => {
        const gs = g.map((x) => tf.tensor1d(x));
        const norm = a.step(gs, { maxNorm: 10 });
        const clipped = clipByGlobalNorm(gs, 10);
        expect(norm).toBeCloseTo(clipped.globalNorm.dataSync()[0], 3);
        expect(norm).toBeGreaterThan(10); // these gradients are all clipped
        b.step(clipped.grads);
      });
    }
    ps.forEach((p, i) => expectClose(p, qs[i], 1e-6, 1e-6));
    expect(() => a.step([tf.ones([7]), tf.ones([5])], { maxNorm: 0 })).toThrow('Adam: maxNorm must be a positive number, found 0');
    expect(() => a.step([tf.ones([7]), tf.ones([4])])).toThrow(/gradient 1 has shape \[4\]/);
    a.dispose();
    b.dispose();
    tf.dispose([...ps, ...qs]);
  });

  it('continues bit-exactly after its state is saved and restored into a new optimizer', async () => {
    const theta = [0.3, -0.7, 1.1];
    const grads = Array.from({ length: 10 }, (_, k) => theta.map((_, i) => Math.cos(k + 2 * i)));
    const a = tf.variable(tf.tensor1d(theta));
    const optA = new Adam([a], 0.05);
    for (const g of grads) tf.tidy(() => optA.step([tf.tensor1d(g)]));

    const b = tf.variable(tf.tensor1d(theta));
    const optB = new Adam([b], 0.05);
    for (const g of grads.slice(0, 4)) tf.tidy(() => optB.step([tf.tensor1d(g)]));
    const saved = Object.fromEntries(Object.entries(optB.state()).map(([k, t]) => [k, tf.clone(t)]));
    const savedB = tf.clone(b);
    optB.dispose();
    const c = tf.variable(savedB);
    const optC = new Adam([c], 0.05);
    optC.restore(saved, 4);
    tf.dispose(Object.values(saved));
    for (const g of grads.slice(4)) tf.tidy(() => optC.step([tf.tensor1d(g)]));
    expect(Array.from(await c.data())).toEqual(Array.from(await a.data()));
    expect(() => optC.restore({ 'm.0': tf.zeros([2]), 'v.0': tf.zeros([3]) }, 1)).toThrow(
      'optimizer state m.0: expected shape [3], found [2]',
    );
    await expectNoLeak(() => tf.tidy(() => optC.step([tf.ones([3])])));
    tf.dispose([a, b, c, savedB]);
    optA.dispose();
    optC.dispose();
  });
});
