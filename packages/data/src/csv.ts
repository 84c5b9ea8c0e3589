// Resolved by this package's `imports` map: csv-parse's browser build in browsers, its Node build elsewhere.
import { parse } from '#csv-parse-sync';
import { DataError } from './data-error';
import {
  CSV_PARSE_OPTIONS,
  CsvSequenceBuilder,
  csvSyntaxError,
  looksBinary,
  type CsvOptions,
  type CsvSequences,
} from './csv-sequences';

export type { CsvOptions, CsvSequences } from './csv-sequences';

/**
 * Parses CSV (RFC 4180: quoted fields, `""` escapes, a UTF-8 BOM, CRLF or LF) with a header row and
 * one row per time step. Rows with the same id (see {@link CsvOptions.idColumn}) form one sequence,
 * in file order; every other column is a feature and must be a finite number. Errors name the
 * source, line and column. For large files in Node, `readDataset` from `@probseq/data/node` streams.
 *
 * @example
 * parseCsv('sequence,x,y\na,0.1,0.2\na,0.3,0.1\nb,1,2\n', 'walk.csv') // 2 sequences, columns ['x', 'y']
 * @param text - the CSV file's text.
 * @param source - the file name used in error messages.
 */
export function parseCsv(text: string, source: string, options: CsvOptions = {}): CsvSequences {
  if (looksBinary(text)) throw new DataError(source, '', 'expected a text CSV file, found binary data');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, CSV_PARSE_OPTIONS) as unknown as typeof records;
  } catch (e) {
    throw csvSyntaxError(source, e);
  }
  const builder = new CsvSequenceBuilder(source, options);
  for (const { record, info } of records) builder.add(record, info.lines);
  return builder.result();
}
