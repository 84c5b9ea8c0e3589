import { expect, it } from 'vitest';
import { budgetedBatches } from './evaluate-split';

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
