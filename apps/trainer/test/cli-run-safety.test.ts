import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  TINY,
  latestStep,
  metrics,
  probseq,
  probseqAsync,
  tempDir,
  tinyTrainArgs,
  trainLosses,
  waitFor,
} from './cli-helpers';

const dir = tempDir();
const out = join(dir, 'runs');
const STEPS = 20;
const run = (name: string, extra: string[] = []) => tinyTrainArgs(out, name, extra);

/** A pid that surely belongs to no running process: one that has just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    .stdout as unknown as number;
}

describe('a run directory is never lost or shared', () => {
  let reference: Array<[number, number, number]>;

  beforeAll(() => {
    const r = probseq(run('ref', ['--steps', String(STEPS)]));
    expect(r.code, r.stderr).toBe(0);
    reference = trainLosses(join(out, 'ref'));
  });

  it('a second trainer on a running run refuses; SIGTERM leaves a checkpoint at the step it stopped; --resume continues exactly', async () => {
    const d = join(out, 'term');
    // Held after step 4 (PROBSEQ_FAULT_HOLD_AT_STEP), so the signal arrives at a known step on a busy machine.
    const { child, done, stderr } = probseqAsync(
      run('term', ['--steps', String(STEPS), '--checkpoint-every', '1000']),
      {
        PROBSEQ_FAULT_HOLD_AT_STEP: '4',
      },
    );
    await waitFor(() => stderr().includes('held at step 4'));
    const second = probseq(['train', '--resume', d, '--quiet']);
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toMatch(
      new RegExp(`^probseq: error: .*term is in use by pid ${child.pid} on this host`),
    );
    child.kill('SIGTERM');
    const r = await done;
    expect(r.code, r.stderr).toBe(143);
    const at = latestStep(d);
    expect(at).toBe(4);
    // The checkpoint is at the step it stopped: every step it logged is in it.
    expect(Math.max(...trainLosses(d).map((x) => x[0])) + 1).toBe(at);
    expect(r.stderr).toContain(`interrupted (SIGTERM) at step ${at}: checkpoint written`);
    expect(existsSync(join(d, '.lock'))).toBe(false);
    const res = probseq(['train', '--resume', d, '--quiet']);
    expect(res.code, res.stderr).toBe(0);
    expect(trainLosses(d)).toEqual(reference);
  });

  it('a stale lock left by a dead process is taken over with a message', () => {
    const d = join(out, 'stale');
    expect(probseq(run('stale', ['--steps', '5'])).code).toBe(0);
    const pid = Number(deadPid());
    writeFileSync(join(d, '.lock'), JSON.stringify({ pid, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const r = probseq(['train', '--resume', d, '--steps', '6']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`taking over the lock of ${d}: pid ${pid} is no longer running`);
    expect(existsSync(join(d, '.lock'))).toBe(false);
  });

  it('a damaged latest checkpoint falls back to the one before it, saying which and why', () => {
    const d = join(out, 'damaged');
    const r0 = probseq(run('damaged', ['--steps', '10', '--checkpoint-every', '5']));
    expect(r0.code, r0.stderr).toBe(0);
    const weights = join(d, 'checkpoints', 'step-00000010', 'weights.bin');
    truncateSync(weights, 100);
    const r = probseq(['train', '--resume', d, '--steps', String(STEPS)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /skipping checkpoint step-00000010: .*weights\.bin: expected \d+ bytes, found 100; using step-00000005 \(step 5\)/,
    );
    expect(r.stderr).toContain('at step 5');
    expect(trainLosses(d)).toEqual(reference);
  });

  it('a truncated state.json is named in one line', () => {
    const d = join(out, 'torn');
    expect(probseq(run('torn', ['--steps', '5', '--checkpoint-every', '5'])).code).toBe(0);
    const state = join(d, 'checkpoints', 'step-00000005', 'state.json');
    writeFileSync(state, readFileSync(state, 'utf8').slice(0, 40));
    const r = probseq(['train', '--resume', d, '--steps', '8', '--quiet']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^probseq: error: .*torn: no checkpoint verifies \(newest: .*step-00000005\/state\.json: malformed JSON \(/,
    );
  });

  it('a run directory moved to another folder evaluates, samples and resumes from anywhere', () => {
    // Trained from `project/` with relative paths, then the whole folder moves and commands run from elsewhere.
    const project = join(dir, 'project');
    mkdirSync(project);
    const csv = [
      'sequence,a,b',
      ...Array.from({ length: 60 }, (_, i) => `s${i % 10},${Math.sin(i)},${Math.cos(i / 3)}`),
    ].join('\n');
    writeFileSync(join(project, 'walks.csv'), `${csv}\n`);
    const t = spawnSync(
      process.execPath,
      [
        join(__dirname, '..', 'bin', 'probseq.mjs'),
        'train',
        ...TINY,
        '--data',
        'walks.csv',
        '--out',
        'runs',
        '--name',
        'w',
        '--steps',
        '4',
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(t.status, t.stderr).toBe(0);
    const moved = join(dir, 'elsewhere', 'project');
    mkdirSync(join(dir, 'elsewhere'));
    renameSync(project, moved);
    const elsewhere = tempDir();
    const at = (args: string[]) =>
      spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'probseq.mjs'), ...args], {
        cwd: elsewhere,
        encoding: 'utf8',
      });
    const runDir = join(moved, 'runs', 'w');
    const e = at(['eval', runDir, '--samples', '3', '--backend', 'cpu']);
    expect(e.status, e.stderr).toBe(0);
    expect(e.stdout).toMatch(/test split of .*walks\.csv/);
    const s = at(['sample', runDir, '--count', '2', '--steps', '3', '--backend', 'cpu']);
    expect(s.status, s.stderr).toBe(0);
    const r = at(['train', '--resume', runDir, '--steps', '6', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(trainLosses(runDir).map((x) => x[0])).toEqual([0, 1, 2, 3, 4, 5]);
    // A copy in a third place, with the data gone from its old place, still finds it beside itself.
    cpSync(moved, join(dir, 'copy'), { recursive: true });
    renameSync(moved, join(dir, 'gone'));
    const c = at(['eval', join(dir, 'copy', 'runs', 'w'), '--samples', '2', '--backend', 'cpu']);
    expect(c.status, c.stderr).toBe(0);
  });
});
