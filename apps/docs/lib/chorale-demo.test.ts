import { setBackend } from '@probseq/backend';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { activeKeys, CHORALE_DEFAULTS, readChorales, trainChorales } from './chorale-demo';

beforeAll(async () => {
  await setBackend('wasm');
});

/** A made-up piano roll in the jsb-chorales.json format: a C-major triad walking up and down. */
function toyChorales(n: number, steps: number): string {
  const seq = (i: number) => Array.from({ length: steps }, (_, t) => [39, 43, 46].map((k) => k + ((t + i) % 5)));
  const seqs = Array.from({ length: n }, (_, i) => seq(i));
  return JSON.stringify({
    name: 'toy',
    pitchOffset: 21,
    dims: 88,
    splits: { train: seqs, valid: seqs.slice(0, 1), test: seqs.slice(0, 1) },
  });
}

describe('the in-page chorale demo', () => {
  it('reads the jsb-chorales.json format and names what is wrong with other files', () => {
    const data = readChorales(toyChorales(3, 10), 'toy.json');
    expect(data.splits.train).toHaveLength(3);
    expect(activeKeys(data.splits.train[0].slice(0, 2))).toEqual([
      [39, 43, 46],
      [40, 44, 47],
    ]);
    expect(() =>
      readChorales(JSON.stringify({ dims: 12, splits: { train: [[[1]]], valid: [], test: [] } }), 'keys.json'),
    ).toThrow(
      'keys.json: expected a piano roll of 88 keys (the jsb-chorales.json format), found binary with 12 features per step',
    );
    expect(() => readChorales('{', 'broken.json')).toThrow(/broken.json.*malformed JSON/);
  });

  it('trains (finite −ELBO per quarter note, falling from ≈ 88·log 2), draws a chorale, and leaves no tensor behind', async () => {
    const data = readChorales(toyChorales(6, 40), 'toy.json');
    const before = tf.memory().numTensors;
    const seen: number[] = [];
    const settings = { ...CHORALE_DEFAULTS, steps: 4, batch: 4, window: 16, hDim: 16, zDim: 4, sampleSteps: 12 };
    const { history, sample, data: shown } = await trainChorales(data, settings, (s) => seen.push(s.step));
    expect(tf.memory().numTensors).toBe(before);
    expect(seen).toEqual([1, 2, 3, 4]);
    // 88 independent Bernoullis at p ≈ ½ cost about 88·log 2 ≈ 61 nats per step before training.
    expect(history[0].loss).toBeGreaterThan(30);
    expect(history[0].loss).toBeLessThan(100);
    expect(history[3].loss).toBeLessThan(history[0].loss);
    for (const s of history) {
      expect(Number.isFinite(s.loss)).toBe(true);
      expect(s.kl).toBeGreaterThanOrEqual(0);
    }
    expect(sample).toHaveLength(12);
    for (const keys of sample) for (const k of keys) expect(k >= 0 && k < 88 && Number.isInteger(k)).toBe(true);
    expect(shown).toHaveLength(12);
  });
});
