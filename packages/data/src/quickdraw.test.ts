import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuickDraw, quickDrawToStrokes } from './quickdraw';
import { readDataset } from './read-path';

const FIXTURES = join(__dirname, '..', 'fixtures');

describe('QuickDraw ndjson', () => {
  it('turns strokes [[x…], [y…]] into [dx, dy, penUp] steps', () => {
    const drawing = [
      [
        [10, 20, 30],
        [0, 5, 5],
      ],
      [
        [30, 30],
        [50, 60],
      ],
    ];
    // Points (10,0) (20,5) (30,5)| (30,50) (30,60)|; offsets from the previous point, the first dropped.
    expect(quickDrawToStrokes(drawing, 'd.ndjson', 'line 1')).toEqual([
      [10, 5, 0],
      [10, 0, 1],
      [0, 45, 0],
      [0, 10, 1],
    ]);
    // The raw format's third list (times) is ignored.
    expect(
      quickDrawToStrokes(
        [
          [
            [0, 3],
            [0, 4],
            [0, 17],
          ],
        ],
        'r.ndjson',
        'line 1',
      ),
    ).toEqual([[3, 4, 1]]);
  });

  it('reads a file with a limit and only recognised drawings', async () => {
    const path = join(FIXTURES, 'quickdraw', 'cat.ndjson');
    const text = readFileSync(path, 'utf8');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(parseQuickDraw(text, path)).toHaveLength(30);
    expect(parseQuickDraw(text, path, { limit: 7 })).toHaveLength(7);
    expect(parseQuickDraw(text, path, { recognizedOnly: true })).toHaveLength(lines.filter((l) => l.recognized).length);
    const ds = await readDataset(path, { seed: 2, quickdraw: { limit: 20 } });
    expect(ds).toMatchObject({ kind: 'strokes', dims: 3 });
    expect(ds.splits.train.length + ds.splits.valid.length + ds.splits.test.length).toBe(20);
    // Offsets add back up to the drawing's last point minus its first.
    const first = lines[0].drawing;
    const steps = quickDrawToStrokes(first, path, 'line 1');
    const last = first[first.length - 1];
    const sum = steps.reduce((a, s) => [a[0] + s[0], a[1] + s[1]], [0, 0]);
    expect(sum).toEqual([last[0][last[0].length - 1] - first[0][0][0], last[1][last[1].length - 1] - first[0][1][0]]);
  });

  it('names the file and line of a line that is not a drawing', async () => {
    await expect(readDataset(join(FIXTURES, 'bad', 'not-a-drawing.ndjson'))).rejects.toThrow(
      /not-a-drawing\.ndjson: line 3: expected a drawing object with a "drawing" field, found an object$/,
    );
    await expect(readDataset(join(FIXTURES, 'bad', 'malformed.ndjson'))).rejects.toThrow(
      /malformed\.ndjson: line 2: expected a JSON drawing object, found malformed JSON starting "\{\\"word\\": \\"cat\\", \\"dra"$/,
    );
    expect(() => parseQuickDraw('{"drawing": [[[1, 2], [3]]]}', 'q.ndjson')).toThrow(
      'q.ndjson: line 1: drawing[0]: expected x and y lists of equal, non-zero length, found 2 and 1',
    );
    expect(() => parseQuickDraw('{"drawing": [[[1, "a"], [3, 4]]]}', 'q.ndjson')).toThrow(
      'q.ndjson: line 1: drawing[0].x[1]: expected a finite number, found "a"',
    );
    expect(() => parseQuickDraw('\n\n', 'e.ndjson')).toThrow('e.ndjson: expected at least one drawing, found none');
  });
});
