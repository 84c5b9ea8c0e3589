import { describe, expect, it } from 'vitest';
import { afterValidation, type PlateauState } from './lr-plateau';

const run = (bests: boolean[], patience: number, factor: number) => {
  let s: PlateauState = { lrScale: 1, lrBadValidations: 0 };
  return bests.map((b) => (s = afterValidation(s, b, patience, factor)).lrScale);
};

describe('the learning rate on a plateau', () => {
  it('is cut by the factor once more than `patience` validations pass without a new best, then counts again', () => {
    // patience 2: the third bad validation in a row cuts; a best resets the count.
    expect(run([true, false, false, false, false, false, false, true, false, false], 2, 0.5)).toEqual([
      1, 1, 1, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.25,
    ]);
  });

  it('is off with patience 0', () => {
    expect(run([false, false, false, false], 0, 0.1)).toEqual([1, 1, 1, 1]);
  });
});
