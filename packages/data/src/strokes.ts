import { DataError, describeValue } from './data-error';
import type { SequenceDataset } from './dataset';
import { isObject, parseSplits } from './parse-splits';

/**
 * Parses a pen-stroke data set: `{ name, format: "dx,dy,penUp", splits: { train, valid, test } }`
 * where each step is `[dx, dy, penUp]` with finite offsets and penUp ∈ {0, 1} (1 = the pen lifts
 * after this point). Errors name the source, split, sequence index, step and field.
 * @param json - the parsed JSON value.
 * @param source - the file name used in error messages.
 */
export function parseStrokes(json: unknown, source: string): SequenceDataset {
  if (!isObject(json)) throw new DataError(source, '', `expected a JSON object, found ${describeValue(json)}`);
  if (json.format !== 'dx,dy,penUp') {
    throw new DataError(source, 'format', `expected "dx,dy,penUp", found ${describeValue(json.format)}`);
  }
  const fields = ['dx', 'dy', 'penUp'];
  const splits = parseSplits(source, json.splits, '[dx, dy, penUp] steps', (step, path) => {
    if (!Array.isArray(step) || step.length !== 3) {
      throw new DataError(source, path, `expected [dx, dy, penUp], found ${describeValue(step)}`);
    }
    step.forEach((v, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new DataError(source, `${path}.${fields[j]}`, `expected a finite number, found ${describeValue(v)}`);
      }
    });
    if (step[2] !== 0 && step[2] !== 1) {
      throw new DataError(source, `${path}.penUp`, `expected 0 or 1, found ${describeValue(step[2])}`);
    }
    return step.slice() as number[];
  });
  return { name: typeof json.name === 'string' ? json.name : source, dims: 3, kind: 'strokes', splits, source };
}
