import { setBackend } from '@probseq/backend';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, klWeight, trainVrnn } from './train';

beforeAll(async () => {
  await setBackend('wasm');
});

describe('the training example', () => {
  it('KL weight rises linearly over the warm-up, then stays 1', () => {
    expect(klWeight(1, 60)).toBeCloseTo(1 / 60, 12);
    expect(klWeight(30, 60)).toBeCloseTo(0.5, 12);
    expect(klWeight(60, 60)).toBe(1);
    expect(klWeight(500, 60)).toBe(1);
    expect(klWeight(1, 0)).toBe(1);
  });

  it('trains both models, reports the true −ELBO = NLL + KL, and leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const seen: number[] = [];
    const { history, samples } = await trainVrnn({ ...DEFAULT_SETTINGS, steps: 3 }, (s) => seen.push(s.step));
    expect(tf.memory().numTensors).toBe(before);
    expect(seen).toEqual([1, 2, 3]);
    for (const s of history) {
      expect(s.loss).toBeCloseTo(s.nll + s.kl, 3);
      expect(s.kl).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(s.rnn)).toBe(true);
    }
    expect(samples.vrnn).toHaveLength(3);
    expect(samples.vrnn[0]).toHaveLength(DEFAULT_SETTINGS.seqLen);
    expect(samples.rnn[0][0]).toHaveLength(2);
  });

  it('the same settings draw the same curve (seeded noise and batches)', async () => {
    const a = await trainVrnn({ ...DEFAULT_SETTINGS, steps: 2 }, () => {});
    const b = await trainVrnn({ ...DEFAULT_SETTINGS, steps: 2 }, () => {});
    expect(b.history.map((s) => s.loss)).toEqual(a.history.map((s) => s.loss));
  });
});
