import * as tf from '@tensorflow/tfjs-core';
import { describeBackends, expectNoLeak } from '@probseq/testing';
import { expect, it } from 'vitest';
import { importanceChunks, importanceLogLikelihood } from './importance';
import type { SequenceModel } from './sequence-model';

/**
 * A model whose log-weight for sample k of sequence b is w(k, b); sequence b is recognised by x[0, b, 0] = b,
 * and each sequence's samples are handed out in order. Records the rows × steps of every call.
 */
function tableModel(
  w: (k: number, b: number) => number,
): SequenceModel & { calls: Array<{ rows: number; steps: number }> } {
  const next = new Map<number, number>();
  const calls: Array<{ rows: number; steps: number }> = [];
  return {
    calls,
    elbo: () => {
      throw new Error('unused');
    },
    logWeights: (x, { samples }) => {
      const ids = Array.from(tf.tidy(() => tf.squeeze(tf.slice(x, [0, 0, 0], [1, -1, 1]))).dataSync()).map(Math.round);
      calls.push({ rows: samples * ids.length, steps: x.shape[0] });
      const rows = Array.from({ length: samples }, (_, i) => ids.map((b) => w((next.get(b) ?? 0) + i, b)));
      for (const b of ids) next.set(b, (next.get(b) ?? 0) + samples);
      return tf.tensor2d(rows);
    },
  };
}

function logMeanExp(a: number[]): number {
  const m = Math.max(...a);
  return m + Math.log(a.reduce((s, v) => s + Math.exp(v - m), 0) / a.length);
}

it('importanceChunks keeps rows × steps within the budget and splits sequences only when samples alone do not fit', () => {
  expect(importanceChunks(24, 16, 100)).toEqual({ sequences: 16, samples: 100 });
  expect(importanceChunks(24, 32, 100)).toEqual({ sequences: 32, samples: 64 }); // the 2048-row cap
  expect(importanceChunks(5000, 16, 100, { maxRowSteps: 200_000 })).toEqual({ sequences: 16, samples: 2 });
  expect(importanceChunks(5000, 16, 100, { maxRowSteps: 50_000 })).toEqual({ sequences: 10, samples: 1 });
  expect(importanceChunks(5000, 16, 100, { maxRowSteps: 10 })).toEqual({ sequences: 1, samples: 1 });
  for (const [T, B, K, budget] of [
    [4273, 16, 100, 131_072],
    [5000, 1, 100, 262_144],
    [300, 7, 13, 1000],
  ]) {
    const p = importanceChunks(T, B, K, { maxRowSteps: budget });
    expect(p.sequences * p.samples * T).toBeLessThanOrEqual(budget);
  }
  expect(() => importanceChunks(5, 2, 3, { maxRowSteps: 0 })).toThrow(/maxRowSteps must be positive, found 0/);
});

describeBackends('importanceLogLikelihood by memory budget', () => {
  const w = (k: number, b: number) => -40 * (b + 1) - 3 * Math.sin(k + b) + 20 * Math.cos(7 * k * (b + 1));

  it('equals the float64 log-mean-exp of all K·B weights however sequences and samples are chunked', () => {
    const T = 50;
    const B = 5;
    const K = 9;
    const x = tf.tidy(() => tf.tile(tf.reshape(tf.range(0, B), [1, B, 1]), [T, 1, 1]) as tf.Tensor3D);
    const expected = Array.from({ length: B }, (_, b) => logMeanExp(Array.from({ length: K }, (_, k) => w(k, b))));
    for (const maxRowSteps of [1, 50, 120, 400, 2250, 1e9]) {
      const model = tableModel(w);
      const ll = importanceLogLikelihood(model, x, { samples: K, maxRowSteps, seed: 3 });
      const got = Array.from(ll.dataSync());
      got.forEach((g, b) => expect(Math.abs(g - expected[b]), `budget ${maxRowSteps}, b ${b}`).toBeLessThan(1e-3));
      expect(model.calls.reduce((a, c) => a + c.rows, 0)).toBe(K * B);
      for (const c of model.calls) expect(c.rows * c.steps).toBeLessThanOrEqual(Math.max(maxRowSteps, T));
      ll.dispose();
    }
    x.dispose();
  });

  it('leaks no tensors when it splits sequences', async () => {
    const x = tf.tidy(() => tf.tile(tf.reshape(tf.range(0, 4), [1, 4, 1]), [10, 1, 1]) as tf.Tensor3D);
    const mask = tf.ones([10, 4]);
    await expectNoLeak(() => importanceLogLikelihood(tableModel(w), x, { samples: 5, mask, maxRowSteps: 20 }));
    tf.dispose([x, mask]);
  });
});
