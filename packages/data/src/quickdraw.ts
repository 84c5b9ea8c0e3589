import { DataError, describeValue } from './data-error';
import type { SequenceDataset } from './dataset';
import { isObject } from './parse-splits';
import { splitSequences, type SplitOptions } from './split';

/** Options for reading QuickDraw `.ndjson`. */
export interface QuickDrawOptions {
  /** Keep only drawings the game recognised (`"recognized": true`). Default false. */
  recognizedOnly?: boolean;
  /** Read at most this many drawings per file (default: all). */
  limit?: number;
}

/**
 * Converts one QuickDraw drawing — a list of strokes `[xs, ys]` (simplified format) or
 * `[xs, ys, ts]` (raw format) — into `[dx, dy, penUp]` steps: the points of all strokes in order,
 * each step the offset from the previous point, penUp = 1 on the last point of a stroke (the
 * stroke-3 format of sketch-rnn; the first point, the offset from the origin, is dropped).
 *
 * @param drawing - the drawing: a list of strokes `[xs, ys]` or `[xs, ys, ts]`.
 * @param source - the file name used in error messages.
 * @param where - the location for error messages, e.g. `line 4`.
 */
export function quickDrawToStrokes(drawing: unknown, source: string, where: string): number[][] {
  if (!Array.isArray(drawing) || drawing.length === 0) {
    throw new DataError(
      source,
      `${where}: drawing`,
      `expected a non-empty array of strokes [[x…], [y…]], found ${describeValue(drawing)}`,
    );
  }
  const points: number[][] = [];
  drawing.forEach((stroke, k) => {
    const at = `${where}: drawing[${k}]`;
    if (!Array.isArray(stroke) || stroke.length < 2 || !Array.isArray(stroke[0]) || !Array.isArray(stroke[1])) {
      throw new DataError(source, at, `expected a stroke [[x…], [y…]], found ${describeValue(stroke)}`);
    }
    const [xs, ys] = stroke as [unknown[], unknown[]];
    if (xs.length !== ys.length || xs.length === 0) {
      throw new DataError(
        source,
        at,
        `expected x and y lists of equal, non-zero length, found ${xs.length} and ${ys.length}`,
      );
    }
    for (let i = 0; i < xs.length; i++) {
      for (const [name, v] of [
        ['x', xs[i]],
        ['y', ys[i]],
      ] as const) {
        if (typeof v !== 'number' || !Number.isFinite(v))
          throw new DataError(source, `${at}.${name}[${i}]`, `expected a finite number, found ${describeValue(v)}`);
      }
      points.push([xs[i] as number, ys[i] as number, i === xs.length - 1 ? 1 : 0]);
    }
  });
  if (points.length < 2) throw new DataError(source, `${where}: drawing`, 'expected at least 2 points, found 1');
  return points.slice(1).map(([x, y, p], i) => [x - points[i][0], y - points[i][1], p]);
}

/**
 * Reads one line of a QuickDraw `.ndjson` file: `null` for a blank line or a drawing filtered out
 * by `recognizedOnly`, else its stroke steps. `lineNumber` is 1-based.
 * @param line - one line of the file.
 * @param source - the file name used in error messages.
 * @param lineNumber - the line's number, 1-based, for error messages.
 */
export function parseQuickDrawLine(
  line: string,
  source: string,
  lineNumber: number,
  options: QuickDrawOptions = {},
): number[][] | null {
  if (line.trim() === '') return null;
  const where = `line ${lineNumber}`;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    const start = line.trimStart().slice(0, 20);
    throw new DataError(
      source,
      where,
      `expected a JSON drawing object, found malformed JSON starting ${JSON.stringify(start)}`,
    );
  }
  if (!isObject(json) || !('drawing' in json)) {
    throw new DataError(
      source,
      where,
      `expected a drawing object with a "drawing" field, found ${describeValue(json)}`,
    );
  }
  if (options.recognizedOnly && json.recognized !== true) return null;
  return quickDrawToStrokes(json.drawing, source, where);
}

/** Collects drawings line by line (used by the string parser and the Node stream reader). */
export class QuickDrawCollector {
  readonly sequences: number[][][] = [];
  private line = 0;

  constructor(
    private readonly source: string,
    private readonly options: QuickDrawOptions = {},
  ) {}

  /** Adds a line; returns false once `limit` drawings have been read. */
  add(text: string): boolean {
    this.line += 1;
    const s = parseQuickDrawLine(text, this.source, this.line, this.options);
    if (s) this.sequences.push(s);
    return this.options.limit === undefined || this.sequences.length < this.options.limit;
  }

  /** The drawings; throws when the file held none. */
  result(): number[][][] {
    if (this.sequences.length === 0) {
      throw new DataError(
        this.source,
        '',
        `expected at least one${this.options.recognizedOnly ? ' recognised' : ''} drawing, found none`,
      );
    }
    return this.sequences;
  }
}

/**
 * The drawings of one QuickDraw `.ndjson` text as stroke sequences.
 * @param text - the `.ndjson` file's text, one drawing per line.
 * @param source - the file name used in error messages.
 */
export function parseQuickDraw(text: string, source: string, options: QuickDrawOptions = {}): number[][][] {
  const c = new QuickDrawCollector(source, options);
  for (const line of text.split(/\r?\n/)) if (!c.add(line)) break;
  return c.result();
}

/**
 * A pen-stroke data set (`kind: 'strokes'`) from the drawings of one or more QuickDraw files, split
 * into train / valid / test by a seeded shuffle.
 * @param sequences - stroke sequences, as `parseQuickDraw` returns them.
 * @param source - the name of the data set.
 */
export function quickDrawDataset(sequences: number[][][], source: string, options: SplitOptions = {}): SequenceDataset {
  return { name: source, dims: 3, kind: 'strokes', splits: splitSequences(sequences, options), source };
}
