import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { TINY, probseq, tempDir } from './cli-helpers';

it('the direct entry answers --help on stdout with nothing on stderr', () => {
  const r = probseq(['--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Usage: probseq \[options\] \[command\]/);
  expect(r.stderr).toBe('');
});

it('the probseq bin that install puts in node_modules/.bin runs from any folder', () => {
  const bin = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'probseq');
  expect(existsSync(bin), 'run pnpm install at the repository root').toBe(true);
  const r = spawnSync(bin, ['eval', '--help'], { cwd: tempDir(), encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^Usage: probseq eval/);
});

it('training on the cpu backend prints no tfjs banner ("running TensorFlow.js in Node.js")', () => {
  const out = join(tempDir(), 'runs');
  const args = TINY.filter((a) => a !== '--quiet');
  const r = probseq(['train', ...args, '--steps', '2', '--out', out, '--name', 'quiet']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).not.toMatch(/TensorFlow\.js in Node\.js|=====/);
  expect(r.stderr).toMatch(/^training .*quiet: vrnn/);
});
