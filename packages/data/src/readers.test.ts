import { mkdtempSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSteps } from './dataset';
import { parseCsv } from './csv';
import { activePitches, parsePianoRoll } from './piano-roll';
import { parseJsonDataset } from './read-dataset';
import { readDataset } from './read-path';
import { parseStrokes } from './strokes';

const JSB = '/work/shared/data/jsb-chorales.json';
const RELATIVE_JSB = join(__dirname, '../../../../shared/data/jsb-chorales.json');
const SHARED_JSB = existsSync(RELATIVE_JSB) ? RELATIVE_JSB : JSB;

describe('piano-roll reader', () => {
  it('turns active-pitch lists into binary vectors and back', () => {
    const ds = parsePianoRoll(
      { name: 'tiny', dims: 5, pitchOffset: 60, splits: { train: [[[0, 4], [], [2]]], valid: [], test: [[[1]]] } },
      't.json',
    );
    expect(ds.kind).toBe('binary');
    expect(ds.pitchOffset).toBe(60);
    expect(ds.splits.train[0]).toEqual([
      [1, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
    ]);
    expect(ds.splits.test[0]).toEqual([[0, 1, 0, 0, 0]]);
    expect(activePitches([1, 0, 0, 0, 1])).toEqual([0, 4]);
  });

  it.runIf(existsSync(SHARED_JSB))('reads JSB Chorales with the split sizes its README states', async () => {
    const ds = await readDataset(SHARED_JSB);
    expect(ds.dims).toBe(88);
    expect([ds.splits.train.length, ds.splits.valid.length, ds.splits.test.length]).toEqual([229, 76, 77]);
    expect([countSteps(ds.splits.train), countSteps(ds.splits.valid), countSteps(ds.splits.test)]).toEqual([
      13807, 4602, 4725,
    ]);
  });

  it('names the file, sequence index, step and position at fault', () => {
    const bad =
      (splits: unknown, dims: unknown = 4) =>
      () =>
        parsePianoRoll({ dims, splits }, 'c.json');
    expect(bad({ train: [[[0], [1, 4]]], valid: [], test: [] })).toThrow(
      'c.json: splits.train[0][1][1]: expected an integer pitch in 0..3, found 4',
    );
    expect(bad({ train: [[[0]]], valid: [[[0], 'x']], test: [] })).toThrow(
      'c.json: splits.valid[0][1]: expected an array of pitch indices, found "x"',
    );
    expect(bad({ train: [[[0]]], valid: [] })).toThrow(
      'c.json: splits.test: expected an array of sequences, found undefined',
    );
    expect(bad({ train: [[[0]], []], valid: [], test: [] })).toThrow(
      'c.json: splits.train[1]: expected a non-empty array of time steps, found an array of length 0',
    );
    expect(bad({ train: [[[0]]], valid: [], test: [] }, 'x')).toThrow(
      'c.json: dims: expected a positive integer, found "x"',
    );
    expect(() => parseJsonDataset('{"dims": 3, ', 'broken.json')).toThrow(/^broken\.json: malformed JSON/);
  });
});

describe('pen-stroke reader', () => {
  it('reads [dx, dy, penUp] steps and validates each field', () => {
    const ok = {
      name: 's',
      format: 'dx,dy,penUp',
      splits: {
        train: [
          [
            [1, 2, 0],
            [0.5, -1, 1],
          ],
        ],
        valid: [],
        test: [],
      },
    };
    const ds = parseJsonDataset(JSON.stringify(ok), 's.json');
    expect(ds.kind).toBe('strokes');
    expect(ds.dims).toBe(3);
    expect(ds.splits.train[0]).toEqual([
      [1, 2, 0],
      [0.5, -1, 1],
    ]);
    const bad = (step: unknown) => () =>
      parseStrokes({ format: 'dx,dy,penUp', splits: { train: [[[0, 0, 0], step]], valid: [], test: [] } }, 's.json');
    expect(bad([1, null, 0])).toThrow('s.json: splits.train[0][1].dy: expected a finite number, found null');
    expect(bad([1, 2, 0.5])).toThrow('s.json: splits.train[0][1].penUp: expected 0 or 1, found 0.5');
    expect(bad([1, 2])).toThrow('s.json: splits.train[0][1]: expected [dx, dy, penUp], found an array of length 2');
  });
});

describe('CSV reader', () => {
  it('groups rows by sequence id in file order', () => {
    const r = parseCsv('sequence,x,y\na,0.1,0.2\nb,1,2\na,0.3,0.1\n', 'w.csv');
    expect(r.columns).toEqual(['x', 'y']);
    expect(r.ids).toEqual(['a', 'b']);
    expect(r.sequences).toEqual([
      [
        [0.1, 0.2],
        [0.3, 0.1],
      ],
      [[1, 2]],
    ]);
    expect(parseCsv('x\n1\n2\n', 'one.csv').sequences).toEqual([[[1], [2]]]);
  });

  it('names the line and column of a bad value', () => {
    expect(() => parseCsv('id,x,y\n0,1,2\n0,NaN,3\n', 'n.csv')).toThrow(
      `n.csv: line 3, column 'x': expected a finite number, found "NaN"`,
    );
    expect(() => parseCsv('id,x,y\n0,1\n', 'n.csv')).toThrow('n.csv: line 2: expected 3 fields, found 2');
    expect(() => parseCsv('x,y\n1,\n', 'n.csv')).toThrow(
      `n.csv: line 2, column 'y': expected a finite number, found ""`,
    );
    expect(() => parseCsv('', 'e.csv')).toThrow('e.csv: expected a header row, found an empty file');
  });

  it('reads a directory of CSV files, one sequence per file, and splits them with a seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probseq-csv-'));
    mkdirSync(join(dir, 'seqs'));
    for (let i = 0; i < 10; i++) writeFileSync(join(dir, 'seqs', `s${i}.csv`), `x,y\n${i},0\n${i},1\n`);
    const ds = await readDataset(join(dir, 'seqs'), { seed: 1 });
    expect(ds.kind).toBe('real');
    expect(ds.dims).toBe(2);
    expect([ds.splits.train.length, ds.splits.valid.length, ds.splits.test.length]).toEqual([8, 1, 1]);
    const firsts = [...ds.splits.train, ...ds.splits.valid, ...ds.splits.test]
      .map((s) => s[0][0])
      .sort((a, b) => a - b);
    expect(firsts).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    writeFileSync(join(dir, 'seqs', 's9.csv'), 'x,z\n1,2\n');
    await expect(readDataset(join(dir, 'seqs'))).rejects.toThrow(
      /s9\.csv: line 1: expected columns x, y as in .*s0\.csv, found x, z/,
    );
    await expect(readDataset(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: no such file or directory/);
  });
});
