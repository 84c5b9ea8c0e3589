import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { describeBackends, expectNoLeak } from '@probseq/testing';
import { batchOrder, padBatch } from './batching';
import { computeNormalization, denormalize, normalize } from './normalization';
import { splitSequences } from './split';

describeBackends('padBatch', () => {
  it('pads time-major with a mask', async () => {
    const seqs = [
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      [[7, 8]],
    ];
    const { x, mask, lengths } = padBatch(seqs, 2);
    expect(x.shape).toEqual([3, 2, 2]);
    expect(lengths).toEqual([3, 1]);
    expect(await x.array()).toEqual([
      [
        [1, 2],
        [7, 8],
      ],
      [
        [3, 4],
        [0, 0],
      ],
      [
        [5, 6],
        [0, 0],
      ],
    ]);
    expect(await mask.array()).toEqual([
      [1, 1],
      [1, 0],
      [1, 0],
    ]);
    tf.dispose([x, mask]);
    await expectNoLeak(() => {
      const b = padBatch(seqs, 2);
      return [b.x, b.mask];
    });
    expect(() => padBatch([[[1, 2], [3]]], 2)).toThrow('padBatch: sequence 0, step 1: expected 2 features, found 1');
  });
});

describe('batchOrder', () => {
  const lengths = Array.from({ length: 103 }, (_, i) => 10 + ((i * 37) % 50));

  it('covers every index once, deterministically in the seed', () => {
    for (const bucketByLength of [true, false]) {
      const a = batchOrder(lengths, { batchSize: 8, seed: 5, bucketByLength });
      expect(a.flat().sort((p, q) => p - q)).toEqual(lengths.map((_, i) => i));
      expect(a).toHaveLength(13);
      expect(batchOrder(lengths, { batchSize: 8, seed: 5, bucketByLength })).toEqual(a);
      expect(batchOrder(lengths, { batchSize: 8, seed: 6, bucketByLength })).not.toEqual(a);
    }
    expect(batchOrder(lengths, { batchSize: 10, seed: 0, shuffle: false })[0]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('bucketing cuts padding', () => {
    const padding = (batches: number[][]) =>
      batches.reduce(
        (acc, b) => acc + b.length * Math.max(...b.map((i) => lengths[i])) - b.reduce((s, i) => s + lengths[i], 0),
        0,
      );
    const bucketed = padding(batchOrder(lengths, { batchSize: 8, seed: 1 }));
    const plain = padding(batchOrder(lengths, { batchSize: 8, seed: 1, bucketByLength: false }));
    expect(bucketed).toBeLessThan(plain / 5);
  });
});

describe('normalization', () => {
  it('matches the closed-form mean and population std and round-trips', () => {
    const seqs = [
      [
        [1, 10, 0],
        [3, 10, 1],
      ],
      [[5, 10, 1]],
    ];
    const stats = computeNormalization(seqs, 3, { features: [0, 1] });
    expect(stats.mean).toEqual([3, 10, 0]);
    expect(stats.std[0]).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(stats.std[1]).toBe(1); // constant feature
    expect(stats.std[2]).toBe(1); // not normalised
    const n = normalize(seqs, stats);
    expect(n[0][0][0]).toBeCloseTo(-2 / Math.sqrt(8 / 3), 12);
    const back = denormalize(n, stats);
    back.flat(2).forEach((v, i) => expect(v).toBeCloseTo(seqs.flat(2)[i], 12));
    expect(() => normalize([[[1, 2]]], stats)).toThrow('normalization stats are for 3 features, data has 2');
  });
});

describe('splitSequences', () => {
  it('partitions with a seed', () => {
    const seqs = Array.from({ length: 20 }, (_, i) => [[i]]);
    const s = splitSequences(seqs, { valid: 0.2, test: 0.1, seed: 3 });
    expect([s.train.length, s.valid.length, s.test.length]).toEqual([14, 4, 2]);
    expect([...s.train, ...s.valid, ...s.test].map((q) => q[0][0]).sort((a, b) => a - b)).toEqual(
      seqs.map((q) => q[0][0]),
    );
    expect(splitSequences(seqs, { valid: 0.2, test: 0.1, seed: 3 })).toEqual(s);
    expect(() => splitSequences(seqs, { valid: 0.6, test: 0.5 })).toThrow(
      'valid + test fractions must be below 1, found 1.1',
    );
  });
});
