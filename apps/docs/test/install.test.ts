import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsRoot } from './site';

const repo = join(docsRoot, '..', '..');
const snippet = (name: string) => join(docsRoot, 'snippets', name);

// Getting started shows two shell blocks (snippets/pack-packages.sh, snippets/install-tarballs.sh): they
// run here as written — the first in the repository, the second in a fresh folder — so they cannot rot.
describe('install instructions', () => {
  it('Getting started shows the two install blocks this test runs', () => {
    const page = readFileSync(join(docsRoot, 'guide', 'getting-started.md'), 'utf8');
    expect(page).toContain('<<< @/snippets/pack-packages.sh');
    expect(page).toContain('<<< @/snippets/install-tarballs.sh');
    expect(page).toMatch(/not published/);
  });

  it(
    'build and pack in the repository, then install the tarballs in a fresh folder and import',
    () => {
      execFileSync('bash', ['-eo', 'pipefail', snippet('pack-packages.sh')], { cwd: repo, stdio: 'inherit' });
      const app = mkdtempSync(join(tmpdir(), 'probseq-install-'));
      try {
        execFileSync('npm', ['init', '-y'], { cwd: app, stdio: 'ignore' });
        const out = execFileSync('bash', ['-eo', 'pipefail', snippet('install-tarballs.sh')], {
          cwd: app,
          env: { ...process.env, PROBSEQ: repo },
          encoding: 'utf8',
        });
        const installed = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).dependencies;
        expect(Object.keys(installed).sort()).toEqual([
          '@probseq/backend',
          '@probseq/data',
          '@probseq/distributions',
          '@probseq/nn',
          '@probseq/rnn',
          '@probseq/vae',
          '@probseq/vrnn',
          '@tensorflow/tfjs-core',
        ]);
        // KL(N(1, 2²) ‖ N(0, 1)) = log ½ + (4 + 1)/2 − ½
        const klValue = Number(/KL\(p‖q\) = ([\d.]+)/.exec(out)?.[1]);
        expect(klValue).toBeCloseTo(Math.log(0.5) + 2.5 - 0.5, 5);
        expect(Number(/VRNN parameters: (\d+)/.exec(out)?.[1])).toBeGreaterThan(1000);
      } finally {
        rmSync(app, { recursive: true, force: true });
      }
    },
    15 * 60_000,
  );
});
