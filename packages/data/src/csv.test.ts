import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { readDataset } from './read-path';

const FIXTURES = join(__dirname, '..', 'fixtures');

describe('CSV (RFC 4180)', () => {
  it('reads quoted fields with commas and line breaks, "" escapes, a BOM and CRLF', () => {
    const text =
      '\ufeffid,"x","y"\r\n"a, first",1,2\r\n"b ""quoted""",3,4\r\n"a, first",5,6\r\n"multi\r\nline",7,8\r\n';
    const r = parseCsv(text, 'q.csv');
    expect(r.columns).toEqual(['x', 'y']);
    expect(r.ids).toEqual(['a, first', 'b "quoted"', 'multi\r\nline']);
    expect(r.sequences).toEqual([
      [
        [1, 2],
        [5, 6],
      ],
      [[3, 4]],
      [[7, 8]],
    ]);
  });

  it('reads the committed fixture and streams it from disk to the same sequences', async () => {
    const path = join(FIXTURES, 'csv', 'walks.csv');
    const r = parseCsv(readFileSync(path, 'utf8'), path);
    expect(r.ids).toHaveLength(12);
    expect(r.ids[1]).toBe('walk 1, take 1');
    expect(r.sequences.every((s) => s.length === 10)).toBe(true);
    const ds = await readDataset(path, { seed: 5 });
    const all = [...ds.splits.train, ...ds.splits.valid, ...ds.splits.test];
    const key = (s: number[][]) => JSON.stringify(s);
    expect(all.map(key).sort()).toEqual(r.sequences.map(key).sort());
  });

  it('streams a large file (60 000 rows) without reading it as one string', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probseq-csv-big-'));
    const rows = ['seq,a,b'];
    for (let i = 0; i < 60000; i++) rows.push(`s${i % 100},${i},${-i}`);
    writeFileSync(join(dir, 'big.csv'), rows.join('\n'));
    const ds = await readDataset(join(dir, 'big.csv'));
    const all = [...ds.splits.train, ...ds.splits.valid, ...ds.splits.test];
    expect(all).toHaveLength(100);
    expect(all.reduce((a, s) => a + s.length, 0)).toBe(60000);
  });

  it('names the file, line and column of a missing cell, a bad value, an unclosed quote or binary data', async () => {
    const bad = (name: string) => join(FIXTURES, 'bad', name);
    const missing = readFileSync(bad('missing-cell.csv'), 'utf8');
    expect(() => parseCsv(missing, 'missing-cell.csv')).toThrow('missing-cell.csv: line 3: expected 3 fields, found 2');
    await expect(readDataset(bad('missing-cell.csv'))).rejects.toThrow(
      /missing-cell\.csv: line 3: expected 3 fields, found 2$/,
    );
    expect(() => parseCsv('id,x\n"a",1\n"b,2\n', 'u.csv')).toThrow(
      /^u\.csv: line \d: malformed CSV \(Quote Not Closed/,
    );
    expect(() => parseCsv('id,x\r\na,1\r\nb,1e\r\n', 'v.csv')).toThrow(
      `v.csv: line 3, column 'x': expected a finite number, found "1e"`,
    );
    await expect(readDataset(bad('binary.csv'))).rejects.toThrow(
      /binary\.csv: expected a text CSV file, found binary data$/,
    );
  });
});
