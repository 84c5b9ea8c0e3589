import { DataError, describeValue } from './data-error';
import type { SequenceDataset } from './dataset';
import { isObject, parseSplits } from './parse-splits';

/**
 * Parses a piano-roll data set (Boulanger-Lewandowski format):
 * `{ name, dims, pitchOffset, splits: { train, valid, test } }` where a sequence is a list of time
 * steps and a time step the list of active pitch indices `0..dims−1`. Returns dense binary vectors.
 * Every defect is reported with the source, the split, sequence index, step and position.
 *
 * @param json - the parsed JSON value.
 * @param source - the file name used in error messages.
 */
export function parsePianoRoll(json: unknown, source: string): SequenceDataset {
  if (!isObject(json)) throw new DataError(source, '', `expected a JSON object, found ${describeValue(json)}`);
  const dims = json.dims;
  if (!Number.isInteger(dims) || (dims as number) < 1) {
    throw new DataError(source, 'dims', `expected a positive integer, found ${describeValue(dims)}`);
  }
  const d = dims as number;
  const pitchOffset = json.pitchOffset ?? 0;
  if (!Number.isInteger(pitchOffset)) {
    throw new DataError(source, 'pitchOffset', `expected an integer, found ${describeValue(pitchOffset)}`);
  }
  const splits = parseSplits(source, json.splits, 'time steps', (step, path) => {
    if (!Array.isArray(step))
      throw new DataError(source, path, `expected an array of pitch indices, found ${describeValue(step)}`);
    const v = new Array<number>(d).fill(0);
    step.forEach((p, j) => {
      if (!Number.isInteger(p) || p < 0 || p >= d) {
        throw new DataError(
          source,
          `${path}[${j}]`,
          `expected an integer pitch in 0..${d - 1}, found ${describeValue(p)}`,
        );
      }
      v[p] = 1;
    });
    return v;
  });
  return {
    name: typeof json.name === 'string' ? json.name : source,
    dims: d,
    kind: 'binary',
    pitchOffset: pitchOffset as number,
    splits,
    source,
  };
}

/**
 * Converts a dense binary step vector back to its list of active pitch indices (threshold 0.5).
 * @param step - one step of a dense piano roll, one value per pitch.
 */
export function activePitches(step: readonly number[]): number[] {
  const out: number[] = [];
  step.forEach((v, i) => {
    if (v >= 0.5) out.push(i);
  });
  return out;
}
