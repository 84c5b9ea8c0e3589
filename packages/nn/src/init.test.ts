import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { describeBackends } from '@probseq/testing';
import { glorotUniform, orthogonal, torchUniform, zerosInit } from './init';
import { Linear } from './linear';
import { SeededRandom, deriveSeed } from './random';

const snapshots = new Map<string, number[]>();

describe('SeededRandom', () => {
  it('is deterministic, seed-sensitive and uniform on [0, 1)', async () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const xs = Array.from({ length: 20000 }, () => a.uniform());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.uniform()));
    expect(c.uniform()).not.toBe(xs[0]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    // Standard errors: mean 0.002, variance 0.0006.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.003);
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(1, 'b'));
    expect(deriveSeed(1, 'a')).toBe(deriveSeed(1, 'a'));
  });

  it('draws standard normals', async () => {
    const r = new SeededRandom(7);
    const xs = Array.from({ length: 20000 }, () => r.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const m2 = xs.reduce((s, x) => s + x * x, 0) / xs.length;
    const m4 = xs.reduce((s, x) => s + x ** 4, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(m2 - 1)).toBeLessThan(0.05);
    expect(Math.abs(m4 - 3)).toBeLessThan(0.25);
  });
});

describeBackends('initialisers', (backend) => {
  it('give the same weights for the same seed on every backend', async () => {
    const lin = new Linear(6, 5, { seed: 3, init: 'orthogonal' });
    const t = new Linear(6, 5, { seed: 3 });
    const values = [...(await lin.weight.data()), ...(await t.weight.data()), ...(await t.bias!.data())];
    const other = snapshots.get('w');
    if (other) expect(values).toEqual(other);
    else snapshots.set('w', values);
    const again = new Linear(6, 5, { seed: 3 });
    expect(Array.from((await again.weight.data()))).toEqual(Array.from((await t.weight.data())));
    const differs = new Linear(6, 5, { seed: 4 });
    expect(Array.from((await differs.weight.data()))).not.toEqual(Array.from((await t.weight.data())));
    [lin, t, again, differs].forEach((m) => m.dispose());
    expect(backend).toBeTruthy();
  });

  it('torch and glorot uniform respect their bounds and spread', async () => {
    const w = torchUniform([100, 50], 1);
    const bound = 1 / Math.sqrt(100);
    const v = Array.from((await w.data()));
    expect(Math.max(...v.map(Math.abs))).toBeLessThanOrEqual(bound);
    // Uniform(−a, a) has variance a²/3; 5000 draws give ≈2% relative standard error.
    const varT = v.reduce((s, x) => s + x * x, 0) / v.length;
    expect(Math.abs(varT / (bound * bound / 3) - 1)).toBeLessThan(0.08);
    const g = glorotUniform([100, 50], 2);
    const a = Math.sqrt(6 / 150);
    expect(Math.max(...Array.from((await g.data())).map(Math.abs))).toBeLessThanOrEqual(a);
    expect(Array.from(await zerosInit([3]).data())).toEqual([0, 0, 0]);
    tf.dispose([w, g]);
  });

  it('orthogonal gives orthonormal rows or columns', async () => {
    for (const [r, c] of [[8, 8], [12, 5], [5, 12]] as const) {
      const q = orthogonal([r, c], 11, 2);
      const v = (await q.array()) as number[][];
      // Gram matrix of the shorter side (float64 in plain JS) must be gain²·I.
      const short = r >= c ? c : r;
      for (let i = 0; i < short; i++) {
        for (let j = 0; j < short; j++) {
          let dot = 0;
          if (r >= c) for (let k = 0; k < r; k++) dot += v[k][i] * v[k][j];
          else for (let k = 0; k < c; k++) dot += v[i][k] * v[j][k];
          expect(Math.abs(dot - (i === j ? 4 : 0))).toBeLessThan(1e-5);
        }
      }
      q.dispose();
    }
  });

  it('rejects bad shapes', async () => {
    expect(() => torchUniform([3, 0], 1)).toThrow(/shape must be a non-empty list of positive integers, found \[3,0\]/);
    expect(() => orthogonal([4], 1)).toThrow(/at least 2 dimensions/);
  });
});
