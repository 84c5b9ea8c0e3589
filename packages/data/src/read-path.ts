import { createReadStream } from 'node:fs';
import { open, readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { CSV_PARSE_OPTIONS, CsvSequenceBuilder, csvSyntaxError, type CsvOptions } from './csv-sequences';
import { DataError } from './data-error';
import type { SequenceDataset } from './dataset';
import { midiDataset, type MidiOptions } from './midi';
import { QuickDrawCollector, quickDrawDataset, type QuickDrawOptions } from './quickdraw';
import { combineCsv, parseJsonDataset } from './read-dataset';
import type { SplitOptions } from './split';
import { wavDataset, type WavOptions } from './wav';

/** Options for {@link readDataset}: the splits, and per format how files become sequences. */
export interface ReadDatasetOptions extends SplitOptions, CsvOptions {
  midi?: MidiOptions & {
    /** Steps per sequence (default: one sequence per file from a folder, 64-step pieces from a single file). */
    segmentSteps?: number;
  };
  wav?: Omit<WavOptions, keyof SplitOptions>;
  quickdraw?: QuickDrawOptions;
}

type Format = 'json' | 'csv' | 'midi' | 'wav' | 'ndjson';

/** File extensions of each format. */
export const DATA_EXTENSIONS: Record<Format, string[]> = {
  json: ['.json'],
  csv: ['.csv'],
  midi: ['.mid', '.midi'],
  wav: ['.wav', '.wave'],
  ndjson: ['.ndjson'],
};

function formatOf(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  return (Object.keys(DATA_EXTENSIONS) as Format[]).find((f) => DATA_EXTENSIONS[f].includes(ext));
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile() && formatOf(p) && formatOf(p) !== 'json') out.push(p);
  }
  return out;
}

/** Reads one CSV file as a stream of records (large files never sit in memory as text). */
async function readCsvFile(path: string, options: CsvOptions) {
  const fh = await open(path, 'r');
  const head = Buffer.alloc(8192);
  const { bytesRead } = await fh.read(head, 0, head.length, 0);
  await fh.close();
  if (head.subarray(0, bytesRead).includes(0))
    throw new DataError(path, '', 'expected a text CSV file, found binary data');
  const builder = new CsvSequenceBuilder(path, options);
  const parser = createReadStream(path).pipe(parse(CSV_PARSE_OPTIONS));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
      builder.add(record, info.lines);
  } catch (e) {
    parser.destroy();
    throw csvSyntaxError(path, e);
  }
  return { ...builder.result(), source: path };
}

/** Reads one QuickDraw file line by line, stopping after `limit` drawings. */
async function readQuickDrawFile(path: string, options: QuickDrawOptions): Promise<number[][][]> {
  const c = new QuickDrawCollector(path, options);
  const stream = createReadStream(path, 'utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) if (!c.add(line)) break;
  } finally {
    lines.close();
    stream.destroy();
  }
  return c.result();
}

async function readBytes(path: string): Promise<{ bytes: Uint8Array; source: string }> {
  return { bytes: new Uint8Array(await readFile(path)), source: path };
}

/**
 * Reads a data set from a file or a folder (Node only). By extension: `.json` → piano roll or pen
 * strokes (by content); `.csv` → rows grouped by sequence id (streamed); `.mid`/`.midi` → piano
 * rolls; `.wav` → audio frames; `.ndjson` → QuickDraw drawings. A folder (searched recursively)
 * must hold files of one of these formats; its files are read in name order. Every malformed value
 * gives a {@link DataError} whose message names the file and the place.
 */
export async function readDataset(path: string, options: ReadDatasetOptions = {}): Promise<SequenceDataset> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new DataError(path, '', 'no such file or directory');
  }
  const split: SplitOptions = { valid: options.valid, test: options.test, seed: options.seed };
  let files: string[];
  let format: Format;
  if (info.isDirectory()) {
    files = await listFiles(path);
    const formats = [...new Set(files.map((f) => formatOf(f)!))];
    if (formats.length === 0) {
      throw new DataError(path, '', 'expected .csv, .mid, .wav or .ndjson files in this folder, found none');
    }
    if (formats.length > 1) {
      throw new DataError(
        path,
        '',
        `expected files of one format in this folder, found ${formats.map((f) => DATA_EXTENSIONS[f][0]).join(' and ')}`,
      );
    }
    format = formats[0];
  } else {
    const f = formatOf(path);
    if (!f) throw new DataError(path, '', 'expected a .json, .csv, .mid, .wav or .ndjson file, or a folder of them');
    files = [path];
    format = f;
  }
  const named = (ds: SequenceDataset): SequenceDataset =>
    info.isDirectory() ? { ...ds, name: basename(path), source: path } : ds;
  switch (format) {
    case 'json':
      return parseJsonDataset(await readFile(path, 'utf8'), path);
    case 'csv': {
      const parsed = [];
      for (const f of files) parsed.push(await readCsvFile(f, { idColumn: options.idColumn }));
      return named(combineCsv(parsed, split));
    }
    case 'midi': {
      const segmentSteps = options.midi?.segmentSteps ?? (info.isDirectory() ? undefined : 64);
      return named(midiDataset(await Promise.all(files.map(readBytes)), { ...options.midi, segmentSteps, ...split }));
    }
    case 'wav': {
      const ds = wavDataset(await Promise.all(files.map(readBytes)), { ...options.wav, ...split });
      return named(ds);
    }
    case 'ndjson': {
      const sequences: number[][][] = [];
      for (const f of files) sequences.push(...(await readQuickDrawFile(f, options.quickdraw ?? {})));
      return quickDrawDataset(sequences, info.isDirectory() ? path : files[0], split);
    }
  }
}
