import { DataError } from './data-error';
import type { SequenceDataset } from './dataset';
import { parseCsv } from './csv';
import { parsePianoRoll } from './piano-roll';
import { parseStrokes } from './strokes';
import { splitSequences, type SplitOptions } from './split';

/** Options for {@link readDataset}. */
export interface ReadDatasetOptions extends SplitOptions {
  /** CSV only: the sequence id column (see {@link parseCsv}). */
  idColumn?: string;
}

/**
 * Parses a JSON data set, choosing the reader by content: `format: "dx,dy,penUp"` → pen strokes,
 * otherwise a piano roll (`dims` + lists of active pitches).
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
 */
export function csvDataset(
  files: Array<{ text: string; source: string }>,
  options: ReadDatasetOptions = {},
): SequenceDataset {
  if (files.length === 0) throw new Error('csvDataset: expected at least one CSV file, found none');
  let columns: string[] | undefined;
  const sequences: number[][][] = [];
  for (const f of files) {
    const parsed = parseCsv(f.text, f.source, { idColumn: options.idColumn });
    if (columns && parsed.columns.join(',') !== columns.join(',')) {
      throw new DataError(
        f.source,
        'line 1',
        `expected columns ${columns.join(', ')} as in ${files[0].source}, found ${parsed.columns.join(', ')}`,
      );
    }
    columns = parsed.columns;
    sequences.push(...parsed.sequences);
  }
  const source = files.length === 1 ? files[0].source : `${files.length} CSV files`;
  return { name: source, dims: columns!.length, kind: 'real', splits: splitSequences(sequences, options), source };
}

/**
 * Node only: reads a data set from a path. `.json` → piano roll or pen strokes (by content);
 * `.csv` → rows grouped by sequence id; a directory → every `.csv` in it, one sequence per file
 * (or per id). Missing files and every malformed value give a {@link DataError} naming the file.
 */
export async function readDataset(path: string, options: ReadDatasetOptions = {}): Promise<SequenceDataset> {
  const fs = await import('node:fs/promises');
  const nodePath = await import('node:path');
  let stat;
  try {
    stat = await fs.stat(path);
  } catch {
    throw new DataError(path, '', 'no such file or directory');
  }
  if (stat.isDirectory()) {
    const names = (await fs.readdir(path)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
    if (names.length === 0) throw new DataError(path, '', 'expected .csv files in this directory, found none');
    const files = await Promise.all(
      names.map(async (n) => {
        const p = nodePath.join(path, n);
        return { text: await fs.readFile(p, 'utf8'), source: p };
      }),
    );
    const ds = csvDataset(files, options);
    return { ...ds, name: nodePath.basename(path), source: path };
  }
  const text = await fs.readFile(path, 'utf8');
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return parseJsonDataset(text, path);
  if (lower.endsWith('.csv')) return csvDataset([{ text, source: path }], options);
  throw new DataError(path, '', 'expected a .json or .csv file or a directory of .csv files');
}
