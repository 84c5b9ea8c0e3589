import { DataError } from './data-error';

/** Options for {@link parseCsv}. */
export interface CsvOptions {
  /**
   * The column that names the sequence a row belongs to. Default: the first of `sequence`,
   * `sequence_id`, `seq`, `id` present in the header; with none, the whole file is one sequence.
   */
  idColumn?: string;
}

/** Sequences read from CSV, with the feature column names in order. */
export interface CsvSequences {
  columns: string[];
  /** Sequence ids in order of first appearance. */
  ids: string[];
  sequences: number[][][];
}

const ID_NAMES = ['sequence', 'sequence_id', 'seq', 'id'];

function splitLine(line: string): string[] {
  return line.split(',').map((c) => c.trim());
}

/**
 * Parses CSV with a header row and one row per time step. Rows with the same id (see
 * {@link CsvOptions.idColumn}) form one sequence, in file order; every other column is a feature
 * and must be a finite number. Errors name the source, line and column.
 *
 * @example
 * parseCsv('sequence,x,y\na,0.1,0.2\na,0.3,0.1\nb,1,2\n', 'walk.csv') // 2 sequences, columns ['x', 'y']
 */
export function parseCsv(text: string, source: string, options: CsvOptions = {}): CsvSequences {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0) throw new DataError(source, '', 'expected a header row, found an empty file');
  const header = splitLine(lines[0]);
  if (header.some((h) => h === ''))
    throw new DataError(source, 'line 1', 'expected non-empty column names in the header');
  let idIndex = -1;
  if (options.idColumn !== undefined) {
    idIndex = header.indexOf(options.idColumn);
    if (idIndex < 0) {
      throw new DataError(
        source,
        'line 1',
        `expected an id column '${options.idColumn}', found columns ${header.join(', ')}`,
      );
    }
  } else {
    idIndex = header.findIndex((h) => ID_NAMES.includes(h.toLowerCase()));
  }
  const columns = header.filter((_, j) => j !== idIndex);
  if (columns.length === 0)
    throw new DataError(source, 'line 1', 'expected at least one feature column besides the id');
  if (lines.length < 2) throw new DataError(source, '', 'expected at least one data row, found none');
  const byId = new Map<string, number[][]>();
  for (let i = 1; i < lines.length; i++) {
    const cells = splitLine(lines[i]);
    if (cells.length !== header.length) {
      throw new DataError(source, `line ${i + 1}`, `expected ${header.length} fields, found ${cells.length}`);
    }
    const id = idIndex >= 0 ? cells[idIndex] : '0';
    const row: number[] = [];
    cells.forEach((c, j) => {
      if (j === idIndex) return;
      const v = c === '' ? Number.NaN : Number(c);
      if (!Number.isFinite(v)) {
        throw new DataError(
          source,
          `line ${i + 1}, column '${header[j]}'`,
          `expected a finite number, found ${JSON.stringify(c)}`,
        );
      }
      row.push(v);
    });
    let seq = byId.get(id);
    if (!seq) {
      seq = [];
      byId.set(id, seq);
    }
    seq.push(row);
  }
  return { columns, ids: [...byId.keys()], sequences: [...byId.values()] };
}
