import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { probseq, tempDir } from './cli-helpers';

// MuseData's test set has sequences of up to 4,273 steps; evaluated with the defaults (--batch 16, K = 100)
// as one chunk, they overran the WASM heap. Here the model is tiny (so the test is quick) and eval has
// to split the 100 × 5,000 row-steps into chunks of its memory budget.
it('probseq eval with default options completes on a sequence of 5,000 steps (K = 100)', () => {
  const dir = tempDir();
  const roll = (n: number, o: number) => Array.from({ length: n }, (_, t) => [(t * 7 + o) % 88, (t * 13 + 5 * o) % 88]);
  const data = join(dir, 'long.json');
  writeFileSync(
    data,
    JSON.stringify({
      name: 'long',
      dims: 88,
      splits: { train: [roll(16, 0), roll(20, 1)], valid: [roll(12, 2)], test: [roll(5000, 3)] },
    }),
  );
  const run = join(dir, 'runs', 'long');
  const t = probseq([
    'train',
    '--data',
    data,
    '--h-dim',
    '4',
    '--z-dim',
    '2',
    '--hidden',
    '4',
    '--steps',
    '2',
    '--out',
    join(dir, 'runs'),
    '--name',
    'long',
    '--quiet',
  ]);
  expect(t.code, t.stderr).toBe(0);
  const r = probseq(['eval', run, '--json'], {}, 600_000);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).not.toMatch(/probseq: error/);
  const j = JSON.parse(readFileSync(join(run, 'eval-test.json'), 'utf8'));
  expect(j).toMatchObject({ sequences: 1, steps: 5000, samples: 100 });
  expect(Number.isFinite(j.logLikelihood.perStep)).toBe(true);
  // The IS estimate (K = 100) is not below the ELBO by more than Monte Carlo noise.
  expect(j.logLikelihood.perSequence).toBeGreaterThan(j.elbo.perSequence - 5);
}, 900_000);
