import { DataError } from './data-error';
import type { SequenceDataset } from './dataset';
import { parseCsv, type CsvSequences } from './csv';
import { parsePianoRoll } from './piano-roll';
import { parseStrokes } from './strokes';
import { splitSequences, type SplitOptions } from './split';

/** Options for {@link csvDataset}. */
export interface CsvDatasetOptions extends SplitOptions {
  /** The sequence id column (see {@link parseCsv}). */
  idColumn?: string;
}

/**
 * Parses a JSON data set, choosing the reader by content: `format: "dx,dy,penUp"` → pen strokes,
 * otherwise a piano roll (`dims` + lists of active pitches).
 * @param text - the JSON file's text.
 * @param source - the file name used in error messages.
 */
export function parseJsonDataset(text: string, source: string): SequenceDataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DataError(source, '', `malformed JSON (${(e as Error).message})`);
  }
  if (typeof json === 'object' && json !== null && 'format' in json) return parseStrokes(json, source);
  return parsePianoRoll(json, source);
}

/**
 * Builds a real-valued data set from CSV texts: each text is one file; rows group into sequences
 * by id column, or one sequence per file. Every file must have the same feature columns. Splits
 * are drawn with a seeded shuffle ({@link splitSequences}).
 * @param files - the CSV files' text, each with its file name for error messages.
 */
export function csvDataset(
  files: Array<{ text: string; source: string }>,
  options: CsvDatasetOptions = {},
): SequenceDataset {
  if (files.length === 0) throw new Error('csvDataset: expected at least one CSV file, found none');
  return combineCsv(
    files.map((f) => ({ ...parseCsv(f.text, f.source, { idColumn: options.idColumn }), source: f.source })),
    options,
  );
}

/**
 * A real-valued data set from the sequences of several parsed CSV files, which must share their
 * feature columns; splits are drawn with a seeded shuffle.
 * @param parsed - the parsed files (as `parseCsv` returns them), each with its file name.
 */
export function combineCsv(
  parsed: Array<CsvSequences & { source: string }>,
  options: SplitOptions = {},
): SequenceDataset {
  const columns = parsed[0].columns;
  const sequences: number[][][] = [];
  for (const p of parsed) {
    if (p.columns.join(',') !== columns.join(',')) {
      throw new DataError(
        p.source,
        'line 1',
        `expected columns ${columns.join(', ')} as in ${parsed[0].source}, found ${p.columns.join(', ')}`,
      );
    }
    sequences.push(...p.sequences);
  }
  const source = parsed.length === 1 ? parsed[0].source : `${parsed.length} CSV files`;
  return { name: source, dims: columns.length, kind: 'real', splits: splitSequences(sequences, options), source };
}
