import { DataError, describeValue } from './data-error';
import type { SequenceDataset, Splits } from './dataset';

const SPLITS = ['train', 'valid', 'test'] as const;

/**
 * Parses a pen-stroke data set: `{ name, format: "dx,dy,penUp", splits: { train, valid, test } }`
 * where each step is `[dx, dy, penUp]` with finite offsets and penUp ∈ {0, 1} (1 = the pen lifts
 * after this point). Errors name the source, split, sequence index, step and field.
 */
export function parseStrokes(json: unknown, source: string): SequenceDataset {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new DataError(source, '', `expected a JSON object, found ${describeValue(json)}`);
  }
  const obj = json as Record<string, unknown>;
  if (obj.format !== 'dx,dy,penUp') {
    throw new DataError(source, 'format', `expected "dx,dy,penUp", found ${describeValue(obj.format)}`);
  }
  const splitsIn = obj.splits;
  if (typeof splitsIn !== 'object' || splitsIn === null || Array.isArray(splitsIn)) {
    throw new DataError(
      source,
      'splits',
      `expected an object with train, valid, test, found ${describeValue(splitsIn)}`,
    );
  }
  const fields = ['dx', 'dy', 'penUp'];
  const splits: Splits = { train: [], valid: [], test: [] };
  for (const split of SPLITS) {
    const seqs = (splitsIn as Record<string, unknown>)[split];
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
          `expected a non-empty array of [dx, dy, penUp] steps, found ${describeValue(seq)}`,
        );
      }
      splits[split].push(
        seq.map((step, t) => {
          if (!Array.isArray(step) || step.length !== 3) {
            throw new DataError(source, `${where}[${t}]`, `expected [dx, dy, penUp], found ${describeValue(step)}`);
          }
          step.forEach((v, j) => {
            if (typeof v !== 'number' || !Number.isFinite(v)) {
              throw new DataError(
                source,
                `${where}[${t}].${fields[j]}`,
                `expected a finite number, found ${describeValue(v)}`,
              );
            }
          });
          if (step[2] !== 0 && step[2] !== 1) {
            throw new DataError(source, `${where}[${t}].penUp`, `expected 0 or 1, found ${describeValue(step[2])}`);
          }
          return step.slice() as number[];
        }),
      );
    });
  }
  return { name: typeof obj.name === 'string' ? obj.name : source, dims: 3, kind: 'strokes', splits, source };
}
