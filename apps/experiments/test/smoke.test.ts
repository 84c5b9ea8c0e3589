import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = join(__dirname, '..', 'src', 'main.ts');
const TSX = join(__dirname, '..', 'node_modules', '.bin', 'tsx');

function experiment(args: string[]) {
  const r = spawnSync(TSX, [MAIN, ...args], { encoding: 'utf8', timeout: 600_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pnpm experiment smoke (end to end through the probseq CLI)', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'probseq-experiment-')), 'smoke');

  it('trains with early stopping, evaluates every bound and writes results.json beside results.md', () => {
    const r = experiment(['smoke', '--out', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\[smoke 1\/3, \d+ min\] tiny-elbo seed 0: step 4, valid elbo -\d+\.\d{4} nats\/step/);
    expect(r.stderr).toMatch(/tiny-fivo2 seed 0: step \d+, valid fivo\(2\)/);
    const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(res.rows.map((row: { id: string }) => row.id)).toEqual(['tiny-elbo', 'tiny-fivo2', 'tiny-smoothing-refit']);
    for (const row of res.rows) {
      const [s] = row.seeds;
      expect(s.steps).toBeLessThanOrEqual(8);
      expect(s.best.step).toBeLessThanOrEqual(s.steps);
      // Test figures on the 4 whole test sequences of the fixture (68 steps), all finite bounds below 0.
      expect([s.test.sequences, s.test.steps]).toEqual([4, 68]);
      for (const k of ['elbo', 'iwae', 'fivo', 'importance']) expect(s.test[k]).toBeLessThan(0);
      expect(s.commands[0]).toMatch(/^probseq train --config .*seed-0\.train\.json$/);
      expect(s.commands.some((c: string) => /probseq eval .* --samples 10 --particles 0/.test(c))).toBe(true);
      expect(row.summary.own.mean).toBe(s.test[row.ownBound]);
      // The code that trained and evaluated the seed: this checkout's commit.
      expect(s.code.map((c: { did: string }) => c.did)).toEqual(['train', 'evaluate']);
      expect(s.code[0].commit).toMatch(/^[0-9a-f]{40}$/);
    }
    expect(res.rows[1].ownBound).toBe('fivo');
    expect(res.rows[1].seeds[0].validBound).toBe('fivo(2)');
    // Training used windows of at most 16 steps (+ a merged tail); evaluation the whole sequences.
    const windows = JSON.parse(readFileSync(join(out, 'data', 'tiny-rolls-w16.json'), 'utf8'));
    expect(Math.max(...windows.splits.train.map((s: unknown[]) => s.length))).toBeLessThan(20);
    const md = readFileSync(join(out, 'results.md'), 'utf8');
    expect(md).toMatch(/\| tiny-fivo2 \| FIVO\(2\) \| 1 \| \d+ \(\d+\) \|/);
    expect(md).toMatch(/-9\.99 \(FIVO\(2\)\)/);
    expect(md).toMatch(/\| tiny-smoothing-refit \| ELBO, q refitted on tiny-elbo \(frozen\) \|/);
    const refit = JSON.parse(readFileSync(join(out, 'runs', 'tiny-smoothing-refit', 'seed-0.train.json'), 'utf8'));
    expect([refit.trainOnly, refit.posterior, refit.initFrom]).toEqual([
      'q',
      'smoothing',
      join(out, 'runs', 'tiny-elbo', 'seed-0', 'best'),
    ]);
    expect(md).toMatch(/`pnpm experiment smoke --row tiny-elbo`/);
    expect(md).toMatch(/Machine: \d+ × .*load average/);
    // A second invocation reuses the finished seeds.
    const again = experiment(['smoke', '--out', out, '--quiet', '--row', 'tiny-elbo']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toMatch(/valid elbo/);
    expect(existsSync(join(out, 'results.md'))).toBe(true);
    // A finished run folder copied into another output folder (its result file removed, as if the runner had
    // been interrupted during evaluation) trains no further and reuses its evaluations: the same figures.
    const copy = join(mkdtempSync(join(tmpdir(), 'probseq-experiment-')), 'copy');
    cpSync(join(out, 'runs', 'tiny-elbo', 'seed-0'), join(copy, 'runs', 'tiny-elbo', 'seed-0'), { recursive: true });
    rmSync(join(copy, 'runs', 'tiny-elbo', 'seed-0', 'experiment-result.json'));
    const copied = experiment(['smoke', '--out', copy, '--quiet', '--row', 'tiny-elbo']);
    expect(copied.code, copied.stderr).toBe(0);
    expect(copied.stderr).not.toMatch(/valid elbo/);
    expect(copied.stderr.match(/reusing the finished evaluation eval-cache\/[0-9a-f]{32}\.json/g)).toHaveLength(2);
    const reread = JSON.parse(readFileSync(join(copy, 'results.json'), 'utf8'));
    expect(reread.rows[0].seeds[0].test).toEqual(res.rows[0].seeds[0].test);
    expect(reread.seeds).toEqual([0]);
    // Same commit, same kind of work: the code record gains no entry.
    expect(reread.rows[0].seeds[0].code).toEqual(res.rows[0].seeds[0].code);
  }, 600_000);

  it('names the problem in one line for an unknown experiment or row', () => {
    const a = experiment(['nonesuch']);
    expect(a.code).toBe(1);
    expect(a.stderr.trim()).toMatch(/^experiment: error: no experiment 'nonesuch' \(defined: .*smoke.*\)$/);
    const b = experiment(['smoke', '--row', 'nope', '--out', out]);
    expect(b.stderr.trim()).toMatch(
      /^experiment: error: --row nope: not a row of smoke \(rows: tiny-elbo, tiny-fivo2, tiny-smoothing-refit\)$/,
    );
  });
});
