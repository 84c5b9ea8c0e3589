import { shuffled } from './random';
import type { Splits } from './dataset';

/** Options for {@link splitSequences}. */
export interface SplitOptions {
  /** Fraction of sequences for validation (default 0.1). */
  valid?: number;
  /** Fraction of sequences for test (default 0.1). */
  test?: number;
  /** Seed of the shuffle that assigns sequences to splits (default 0). */
  seed?: number;
}

/**
 * Splits sequences into train / valid / test by a seeded shuffle. Each non-empty fraction keeps at
 * least one sequence when there are at least three, and train is never empty.
 * @param sequences - the sequences to split.
 */
export function splitSequences(sequences: number[][][], options: SplitOptions = {}): Splits {
  const { valid = 0.1, test = 0.1, seed = 0 } = options;
  for (const [name, f] of [
    ['valid', valid],
    ['test', test],
  ] as const) {
    if (!(f >= 0 && f < 1)) throw new Error(`${name} fraction must be in [0, 1), found ${f}`);
  }
  if (valid + test >= 1) throw new Error(`valid + test fractions must be below 1, found ${valid + test}`);
  const n = sequences.length;
  const order = shuffled(
    sequences.map((_, i) => i),
    seed,
  );
  const count = (f: number): number => (f > 0 && n >= 3 ? Math.max(1, Math.round(f * n)) : Math.round(f * n));
  const nValid = count(valid);
  const nTest = Math.min(count(test), n - nValid - 1);
  const pick = (idx: number[]): number[][][] => idx.map((i) => sequences[i]);
  return {
    valid: pick(order.slice(0, nValid)),
    test: pick(order.slice(nValid, nValid + Math.max(0, nTest))),
    train: pick(order.slice(nValid + Math.max(0, nTest))),
  };
}
