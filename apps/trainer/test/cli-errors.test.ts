import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY, probseq, tempDir } from './cli-helpers';

/** Every bad input: exactly one stderr line starting `probseq: error:`, a non-zero exit, nothing written. */
function expectCleanFailure(args: string[], pattern: RegExp, out: string, code = 1): void {
  const r = probseq(args);
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^probseq: error: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
}

describe('probseq train: bad input fails with one line and leaves nothing behind', () => {
  const dir = tempDir();
  const out = join(dir, 'runs');
  const base = ['train', ...TINY, '--steps', '2', '--out', out, '--name', 'x'];

  it('missing data file', () => {
    expectCleanFailure([...base, '--data', join(dir, 'nope.json')], /nope\.json: no such file or directory/, out);
  });

  it('malformed JSON', () => {
    const f = join(dir, 'bad.json');
    writeFileSync(f, '{"dims": 4, "splits": {');
    expectCleanFailure([...base, '--data', f], /bad\.json: malformed JSON/, out);
  });

  it('wrong dimensions in a piano roll', () => {
    const f = join(dir, 'roll.json');
    writeFileSync(
      f,
      JSON.stringify({
        dims: 4,
        splits: {
          train: [
            [[0, 1], [3]],
            [[2], [4]],
          ],
          valid: [[[0]]],
          test: [[[1]]],
        },
      }),
    );
    expectCleanFailure(
      [...base, '--data', f],
      /roll\.json: splits\.train\[1\]\[1\]\[0\]: expected an integer pitch in 0\.\.3, found 4/,
      out,
    );
  });

  it('wrong dimensions in CSV rows', () => {
    const f = join(dir, 'short.csv');
    writeFileSync(f, 'sequence,x,y\na,1,2\na,3\n');
    expectCleanFailure([...base, '--data', f], /short\.csv: line 3: expected 3 fields, found 2/, out);
  });

  it('NaN values', () => {
    const f = join(dir, 'nan.csv');
    writeFileSync(f, 'sequence,x,y\na,1,2\na,NaN,1\n');
    expectCleanFailure(
      [...base, '--data', f],
      /nan\.csv: line 3, column 'x': expected a finite number, found "NaN"/,
      out,
    );
    const g = join(dir, 'nan-strokes.json');
    writeFileSync(
      g,
      JSON.stringify({
        format: 'dx,dy,penUp',
        splits: {
          train: [
            [
              [1, 2, 0],
              [null, 1, 1],
            ],
          ],
          valid: [],
          test: [],
        },
      }),
    );
    expectCleanFailure(
      [...base, '--data', g],
      /nan-strokes\.json: splits\.train\[0\]\[1\]\.dx: expected a finite number, found null/,
      out,
    );
  });

  it('an output distribution that cannot model the data', () => {
    expectCleanFailure([...base, '--output', 'bernoulli'], /--output bernoulli needs binary data/, out);
  });

  it('unknown option, bad choice, bad number (usage errors exit 2)', () => {
    expectCleanFailure([...base, '--hdim', '3'], /unknown option '--hdim'/, out, 2);
    expectCleanFailure(
      [...base, '--model', 'lstm'],
      /argument 'lstm' is invalid\. Allowed choices are vrnn, rnn/,
      out,
      2,
    );
    expectCleanFailure([...base, '--lr', 'fast'], /--lr must be a number/, out, 2);
    expectCleanFailure(['frobnicate'], /unknown command 'frobnicate'/, out, 2);
  });

  it('option values out of range name the flag and exit 2', () => {
    expectCleanFailure(
      [...base, '--steps', '-5'],
      /^probseq: error: --steps -5: expected a value > 0 \(see probseq train --help\)$/,
      out,
      2,
    );
    expectCleanFailure([...base, '--clip', '-1'], /--clip -1: expected a value ≥ 0/, out, 2);
    expectCleanFailure([...base, '--weight-decay', '-0.1'], /--weight-decay -0\.1: expected a value ≥ 0/, out, 2);
    expectCleanFailure([...base, '--input-dropout', '1'], /--input-dropout 1: expected a value < 1/, out, 2);
    expectCleanFailure([...base, '--lr-factor', '1.5'], /--lr-factor 1\.5: expected a value < 1/, out, 2);
    expectCleanFailure([...base, '--input-dropout', '-0.2'], /--input-dropout -0\.2: expected a value ≥ 0/, out, 2);
    expectCleanFailure(
      ['eval', join(dir, 'nowhere'), '--samples', '0'],
      /--samples must be a positive integer/,
      out,
      2,
    );
  });

  it('config file with an unknown key or a wrong type', () => {
    const f = join(dir, 'cfg.json');
    writeFileSync(f, JSON.stringify({ hDim: 8, learningRate: 0.1 }));
    expectCleanFailure([...base, '--config', f], /cfg\.json: unknown key 'learningRate' \(allowed: data, model/, out);
    writeFileSync(f, JSON.stringify({ hDim: 'big' }));
    expectCleanFailure([...base, '--config', f], /cfg\.json: hDim: /, out);
    expectCleanFailure([...base, '--config', join(dir, 'none.json')], /none\.json: no such config file/, out);
  });

  it('eval and sample of a directory that is not a run', () => {
    expectCleanFailure(['eval', join(dir, 'nowhere')], /nowhere: no such run directory/, out);
    expectCleanFailure(['sample', dir], /config\.json: missing/, out);
  });
});
