import { DataError } from './data-error';

/** Options for {@link parseCsv} and the Node CSV reader. */
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

/**
 * Options of csv-parse shared by the string and the streaming reader: RFC 4180 quoting, a UTF-8 BOM
 * dropped, CRLF or LF, blank lines skipped, cells trimmed; rows of the wrong width are reported by
 * {@link CsvSequenceBuilder} (with the expected count) rather than by the parser.
 */
export const CSV_PARSE_OPTIONS = {
  bom: true,
  relax_column_count: true,
  skip_empty_lines: true,
  trim: true,
  info: true,
} as const;

/** A csv-parse error turned into a {@link DataError} with the line it stopped at. */
export function csvSyntaxError(source: string, e: unknown): Error {
  const err = e as { code?: string; message?: string; lines?: number };
  if (typeof err.code === 'string' && err.code.startsWith('CSV_')) {
    const message = (err.message ?? '').replace(/ at line \d+\.?$/, '');
    return new DataError(source, err.lines ? `line ${err.lines}` : '', `malformed CSV (${message})`);
  }
  return e as Error;
}

/**
 * Turns parsed CSV records into sequences: the first record is the header, each later one a time
 * step. Rows with the same id form one sequence in file order; every other column is a feature and
 * must be a finite number. Errors name the source, line and column.
 */
export class CsvSequenceBuilder {
  private header: string[] | null = null;
  private idIndex = -1;
  private readonly byId = new Map<string, number[][]>();

  constructor(
    private readonly source: string,
    private readonly options: CsvOptions = {},
  ) {}

  /** Adds one record; `line` is the line where it ends (1-based). */
  add(cells: string[], line: number): void {
    if (this.header === null) {
      this.setHeader(cells);
      return;
    }
    const header = this.header;
    if (cells.length !== header.length) {
      throw new DataError(this.source, `line ${line}`, `expected ${header.length} fields, found ${cells.length}`);
    }
    const id = this.idIndex >= 0 ? cells[this.idIndex] : '0';
    const row: number[] = [];
    for (let j = 0; j < cells.length; j++) {
      if (j === this.idIndex) continue;
      const c = cells[j];
      const v = c === '' ? Number.NaN : Number(c);
      if (!Number.isFinite(v)) {
        throw new DataError(
          this.source,
          `line ${line}, column '${header[j]}'`,
          `expected a finite number, found ${JSON.stringify(c)}`,
        );
      }
      row.push(v);
    }
    let seq = this.byId.get(id);
    if (!seq) {
      seq = [];
      this.byId.set(id, seq);
    }
    seq.push(row);
  }

  private setHeader(header: string[]): void {
    if (header.some((h) => h === ''))
      throw new DataError(this.source, 'line 1', 'expected non-empty column names in the header');
    const { idColumn } = this.options;
    if (idColumn !== undefined) {
      this.idIndex = header.indexOf(idColumn);
      if (this.idIndex < 0) {
        throw new DataError(
          this.source,
          'line 1',
          `expected an id column '${idColumn}', found columns ${header.join(', ')}`,
        );
      }
    } else {
      this.idIndex = header.findIndex((h) => ID_NAMES.includes(h.toLowerCase()));
    }
    if (header.length - (this.idIndex >= 0 ? 1 : 0) === 0)
      throw new DataError(this.source, 'line 1', 'expected at least one feature column besides the id');
    this.header = header;
  }

  /** The sequences read so far; throws when there was no header or no data row. */
  result(): CsvSequences {
    if (this.header === null) throw new DataError(this.source, '', 'expected a header row, found an empty file');
    if (this.byId.size === 0) throw new DataError(this.source, '', 'expected at least one data row, found none');
    return {
      columns: this.header.filter((_, j) => j !== this.idIndex),
      ids: [...this.byId.keys()],
      sequences: [...this.byId.values()],
    };
  }
}

/** Whether text read as CSV is really binary (a NUL character in its first 8 KB). */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}
