import { beforeAll, expect, it } from 'vitest';

beforeAll(async () => {
  await setBackend('cpu');
});
import { setBackend } from '@probseq/backend';
import { RNNBaseline } from '@probseq/vrnn';
import { budgetedBatches, evaluateSplit } from './evaluate-split';

it('budgetedBatches keeps every sequence once and sequences × longest length within the budget', () => {
  const lengths = [4273, 3000, 12, 40, 4000, 25, 8, 3900, 30];
  for (const budget of [5000, 10_000, 20_000, Number.POSITIVE_INFINITY]) {
    const batches = budgetedBatches(lengths, 4, budget);
    expect(batches.flat().sort((a, b) => a - b)).toEqual(lengths.map((_, i) => i));
    for (const b of batches) {
      expect(b.length).toBeLessThanOrEqual(4);
      if (b.length > 1) expect(b.length * Math.max(...b.map((i) => lengths[i]))).toBeLessThanOrEqual(budget);
    }
  }
  // A budget smaller than one sequence still evaluates it, alone.
  expect(budgetedBatches([5000, 5000], 16, 100)).toEqual([[0], [1]]);
});

it('evaluateSplit splits a FIVO batch by sequences when particles × sequences × steps exceed the budget, covering each once', async () => {
  // The RNN baseline's FIVO bound is its exact log-likelihood (deterministic), so any split must give the same total.
  const model = new RNNBaseline({ xDim: 2, hDim: 5, phiXHidden: [4], decoderHidden: [4], seed: 3 });
  const rng = (i: number) => Math.sin(1.7 * i) * 0.8;
  const sequences = [9, 4, 7, 12, 3].map((T, s) => Array.from({ length: T }, (_, t) => [rng(100 * s + t), rng(100 * s + t + 50)]));
  const stats = { mean: [0, 0], std: [1, 1] };
  const whole = await evaluateSplit(model, sequences, { dims: 2, stats, batch: 5, seed: 1, particles: 4 });
  const split = await evaluateSplit(model, sequences, { dims: 2, stats, batch: 5, seed: 1, particles: 4, maxRowSteps: 4 * 12 * 2 });
  expect(whole.fivo).not.toBeNull();
  expect(split.fivo!).toBeCloseTo(whole.fivo!, 3);
  expect(whole.fivo!).toBeCloseTo(whole.elbo, 3);
  model.dispose();
});
