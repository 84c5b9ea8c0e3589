import { DataError, describeValue } from './data-error';
import type { Splits } from './dataset';

const SPLITS = ['train', 'valid', 'test'] as const;

/** Whether `v` is a plain JSON object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads `splits: { train, valid, test }` of a JSON data set: each split a list of non-empty sequences
 * (train not empty), each step turned into a feature vector by `parseStep(step, path)`. Errors name the
 * source and the path (`splits.train[3]`); `stepsDescription` says what a sequence holds.
 */
export function parseSplits(
  source: string,
  splitsIn: unknown,
  stepsDescription: string,
  parseStep: (step: unknown, path: string) => number[],
): Splits {
  if (!isObject(splitsIn)) {
    throw new DataError(
      source,
      'splits',
      `expected an object with train, valid, test, found ${describeValue(splitsIn)}`,
    );
  }
  const splits: Splits = { train: [], valid: [], test: [] };
  for (const split of SPLITS) {
    const seqs = splitsIn[split];
    if (!Array.isArray(seqs))
      throw new DataError(source, `splits.${split}`, `expected an array of sequences, found ${describeValue(seqs)}`);
    if (split === 'train' && seqs.length === 0)
      throw new DataError(source, 'splits.train', 'expected at least one sequence, found none');
    seqs.forEach((seq, i) => {
      const where = `splits.${split}[${i}]`;
      if (!Array.isArray(seq) || seq.length === 0) {
        throw new DataError(
          source,
          where,
          `expected a non-empty array of ${stepsDescription}, found ${describeValue(seq)}`,
        );
      }
      splits[split].push(seq.map((step, t) => parseStep(step, `${where}[${t}]`)));
    });
  }
  return splits;
}
