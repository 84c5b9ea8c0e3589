import pkg from '@tonejs/midi';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
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

const { Midi } = pkg as unknown as { Midi: typeof import('@tonejs/midi').Midi };

const dir = tempDir();
const out = join(dir, 'runs');
const STEPS = 30;
const run = (name: string, extra: string[] = []) => tinyTrainArgs(out, name, extra);

describe('probseq train → eval → sample', () => {
  let reference: Array<[number, number, number]>;

  beforeAll(() => {
    const r = probseq(run('ref', ['--steps', String(STEPS)]));
    expect(r.code, r.stderr).toBe(0);
    reference = trainLosses(join(out, 'ref'));
  });

  it('writes the run directory', () => {
    const d = join(out, 'ref');
    for (const f of [
      'config.json',
      'metrics.jsonl',
      'loss.svg',
      'best/model.json',
      'best/weights.bin',
      'checkpoints/latest.json',
      'samples/samples.json',
      'samples/samples.svg',
    ]) {
      expect(existsSync(join(d, f)), f).toBe(true);
    }
    expect(reference.map((r) => r[0])).toEqual(Array.from({ length: STEPS }, (_, i) => i));
    expect(
      metrics(d)
        .filter((r) => r.type === 'valid')
        .map((r) => r.step),
    ).toEqual([10, 20, 30]);
    expect(readFileSync(join(d, 'loss.svg'), 'utf8')).toMatch(/^<svg [^]*<path d="M[^]*<\/svg>$/);
    // Only the last two checkpoints are kept; no temp directories are left behind.
    expect(readdirSync(join(d, 'checkpoints')).sort()).toEqual(['latest.json', 'step-00000025', 'step-00000030']);
    const cfg = JSON.parse(readFileSync(join(d, 'config.json'), 'utf8'));
    expect(cfg.config.hDim).toBe(8);
    expect(cfg.normalization.mean).toHaveLength(2);
  });

  it('eval prints a table and writes JSON; the IS estimate is not below the ELBO', () => {
    const r = probseq(['eval', join(out, 'ref'), '--samples', '50', '--backend', 'cpu']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/test split of synthetic:multimodal: 4 sequences, 32 steps/);
    expect(r.stdout).toMatch(/log-likelihood \(IS, K=50\)/);
    const j = JSON.parse(readFileSync(join(out, 'ref', 'eval-test.json'), 'utf8'));
    expect(j.steps).toBe(32);
    expect(j.elbo.perStep * 32).toBeCloseTo(j.elbo.perSequence * 4, 6);
    expect(j.logLikelihood.perStep).toBeGreaterThanOrEqual(j.elbo.perStep - 1e-6);
    const json = JSON.parse(
      probseq(['eval', join(out, 'ref'), '--samples', '50', '--backend', 'cpu', '--json']).stdout,
    );
    expect(json).toEqual(j); // same seed → same figures
  });

  it('sample writes JSON and a line plot for real-valued data', () => {
    const r = probseq(['sample', join(out, 'ref'), '--count', '3', '--steps', '5', '--seed', '2', '--backend', 'cpu']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(readFileSync(join(out, 'ref', 'samples-seed2', 'samples.json'), 'utf8'));
    expect(s.sequences).toHaveLength(3);
    expect(s.sequences[0]).toHaveLength(5);
    expect(s.sequences[0][0]).toHaveLength(2);
    expect(readFileSync(join(out, 'ref', 'samples-seed2', 'samples.svg'), 'utf8')).toContain('<path');
  });

  it('refuses to resume with options from another config, and eval on data of other dims', () => {
    const r = probseq(['train', '--resume', join(out, 'ref'), '--h-dim', '16', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^probseq: error: .*config\.json: checkpoint from another config: it was trained with hDim=8, this command asks for hDim=16$/,
    );
    const e = probseq(['eval', join(out, 'ref'), '--data', 'synthetic:strokes']);
    expect(e.code).toBe(1);
    expect(e.stderr.trim()).toMatch(
      /checkpoint from another config: the model was trained on 2 features, this data has 3$/,
    );
  });

  it('a weights file from another config is rejected by name and shape', () => {
    const o = probseq(run('other', ['--steps', '1', '--h-dim', '6']));
    expect(o.code, o.stderr).toBe(0);
    // Put the other run's best weights into a copy of the reference run.
    cpSync(join(out, 'ref'), join(out, 'mixed'), { recursive: true });
    const best = join(out, 'mixed', 'best');
    writeFileSync(join(best, 'model.json'), readFileSync(join(out, 'other', 'best', 'model.json')));
    writeFileSync(join(best, 'weights.bin'), readFileSync(join(out, 'other', 'best', 'weights.bin')));
    const r = probseq(['eval', join(out, 'mixed'), '--samples', '2', '--backend', 'cpu']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /best: checkpoint from another config: parameter '[a-zA-Z.0-9]+' has shape \[[0-9,]+\], this model expects \[[0-9,]+\]$/,
    );
  });

  it('Ctrl-C writes a checkpoint; --resume reproduces the uninterrupted loss trajectory exactly', async () => {
    const d = join(out, 'int');
    // Held after step 12 (PROBSEQ_FAULT_HOLD_AT_STEP), so the signal arrives at a known step on a busy machine.
    const { child, done, stderr } = probseqAsync(run('int', ['--steps', String(STEPS), '--checkpoint-every', '1000']), {
      PROBSEQ_FAULT_HOLD_AT_STEP: '12',
    });
    await waitFor(() => stderr().includes('held at step 12'));
    expect(latestStep(d)).toBe(-1);
    child.kill('SIGINT');
    const r = await done;
    expect(r.code, r.stderr).toBe(130);
    expect(latestStep(d)).toBe(12);
    expect(r.stderr).toContain(
      'interrupted (SIGINT) at step 12: checkpoint written. Resume with: probseq train --resume',
    );
    const res = probseq(['train', '--resume', d, '--quiet']);
    expect(res.code, res.stderr).toBe(0);
    expect(trainLosses(d)).toEqual(reference);
  });

  it('a run killed with SIGKILL resumes from its last complete checkpoint and reproduces the trajectory', async () => {
    const d = join(out, 'kill');
    const { child, done, stderr } = probseqAsync(run('kill', ['--steps', String(STEPS), '--checkpoint-every', '3']), {
      PROBSEQ_FAULT_HOLD_AT_STEP: '11',
    });
    await waitFor(() => stderr().includes('held at step 11'));
    child.kill('SIGKILL');
    await done;
    expect(latestStep(d)).toBe(9);
    const res = probseq(['train', '--resume', d]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain('at step 9');
    expect(trainLosses(d)).toEqual(reference);
  });

  it('resume with more --steps continues the same trajectory as a longer run', () => {
    const long = probseq(run('long', ['--steps', String(STEPS + 6)]));
    expect(long.code, long.stderr).toBe(0);
    const r = probseq(['train', '--resume', join(out, 'ref'), '--steps', String(STEPS + 6), '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(trainLosses(join(out, 'ref'))).toEqual(trainLosses(join(out, 'long')));
  });
});

describe('non-finite losses', () => {
  it('skips a non-finite step and logs it', () => {
    const r = probseq(run('nan1', ['--steps', '6']), { PROBSEQ_FAULT_NAN_STEPS: '2' });
    expect(r.code, r.stderr).toBe(0);
    const m = metrics(join(out, 'nan1'));
    expect(m.filter((x) => x.type === 'skip')).toEqual([{ type: 'skip', step: 2, reason: 'non-finite loss (NaN)' }]);
    expect(m.filter((x) => x.type === 'train').map((x) => x.step)).toEqual([0, 1, 3, 4, 5]);
    expect(r.stderr).toContain('step 2: non-finite loss, step skipped');
  });

  it('stops with a checkpoint after repeated failures and says why', () => {
    const r = probseq(run('nan2', ['--steps', '20', '--max-non-finite', '3']), {
      PROBSEQ_FAULT_NAN_STEPS: '4,5,6,7,8',
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(
      /^probseq: error: stopped: 3 consecutive non-finite steps \(last at step 6\); checkpoint written at step 7/,
    );
    expect(latestStep(join(out, 'nan2'))).toBe(7);
  });
});

describe('piano-roll data', () => {
  it('trains a Bernoulli VRNN and samples a PNG piano roll and a MIDI file', () => {
    const roll = (n: number, off: number) =>
      Array.from({ length: n }, (_, t) => [(t + off) % 12, ((t + off) * 5) % 12]);
    const f = join(dir, 'tiny-roll.json');
    writeFileSync(
      f,
      JSON.stringify({
        name: 'tiny',
        dims: 12,
        pitchOffset: 60,
        splits: { train: [roll(9, 0), roll(7, 1), roll(8, 2), roll(10, 3)], valid: [roll(6, 4)], test: [roll(8, 5)] },
      }),
    );
    const r = probseq(['train', ...TINY, '--data', f, '--steps', '4', '--out', out, '--name', 'roll']);
    expect(r.code, r.stderr).toBe(0);
    const cfg = JSON.parse(readFileSync(join(out, 'roll', 'config.json'), 'utf8'));
    expect(cfg.output).toBe('bernoulli');
    const s = probseq(['sample', join(out, 'roll'), '--count', '2', '--steps', '6', '--backend', 'cpu']);
    expect(s.code, s.stderr).toBe(0);
    const sd = join(out, 'roll', 'samples-seed0');
    const png = PNG.sync.read(readFileSync(join(sd, 'samples.png')));
    // Two rolls of 6 steps at 4 px, an 8 px bar between them, a 22 px margin naming C4, an 18 px time axis.
    expect([png.width, png.height]).toEqual([22 + 2 * 6 * 4 + 8, 12 * 4 + 18]);
    const json = JSON.parse(readFileSync(join(sd, 'samples.json'), 'utf8'));
    const midi = new Midi(readFileSync(join(sd, 'samples.mid')));
    expect(midi.tracks).toHaveLength(2);
    // Every sampled note is in the MIDI file at its pitch (index + 60), and nothing else.
    json.sequences.forEach((seq: number[][], i: number) => {
      const pitches = new Set(seq.flat().map((p) => p + 60));
      expect(new Set(midi.tracks[i].notes.map((n) => n.midi))).toEqual(pitches);
    });
  });
  it('--lr-patience: the learning rate is cut on validation plateaus as the rule says, and a resumed run keeps its rate', () => {
    const args = ['--steps', '24', '--eval-every', '1', '--checkpoint-every', '12', '--lr', '0.05', '--lr-patience', '1', '--lr-factor', '0.5'];
    const r = probseq(run('plateau', args));
    expect(r.code, r.stderr).toBe(0);
    const valid = metrics(join(out, 'plateau')).filter((m) => m.type === 'valid');
    expect(valid).toHaveLength(24);
    // The rate each validation reports follows ReduceLROnPlateau's rule over the same best flags.
    let lr = 0.05, bad = 0;
    for (const v of valid) {
      if (v.best) bad = 0;
      else if (++bad > 1) [lr, bad] = [lr * 0.5, 0];
      expect(v.lr).toBeCloseTo(lr, 12);
    }
    expect(Math.min(...valid.map((v) => v.lr as number))).toBeLessThan(0.05); // a cut happened
    // Stopped at step 12 and resumed (its checkpoint keeps the rate and the count), the run takes the same steps.
    const half = probseq(run('plateau-half', args.map((a) => (a === '24' ? '12' : a))));
    expect(half.code, half.stderr).toBe(0);
    const rest = probseq(['train', '--resume', join(out, 'plateau-half'), '--steps', '24', '--quiet']);
    expect(rest.code, rest.stderr).toBe(0);
    expect(trainLosses(join(out, 'plateau-half'))).toEqual(trainLosses(join(out, 'plateau')));
  });

  it('--input-dropout: training losses change, reproducibly, and the config records it', () => {
    const train = (name: string, extra: string[]) => {
      const r = probseq(run(name, ['--steps', '10', ...extra]));
      expect(r.code, r.stderr).toBe(0);
      return metrics(join(out, name));
    };
    const lossesOf = (m: Array<Record<string, unknown>>, type: string, key: string) => m.filter((r) => r.type === type).map((r) => r[key] as number);
    const plain = train('drop-none', []);
    const dropped = train('drop-03', ['--input-dropout', '0.3']);
    const again = train('drop-03-again', ['--input-dropout', '0.3']);
    expect(lossesOf(dropped, 'train', 'loss')[0]).not.toBe(lossesOf(plain, 'train', 'loss')[0]);
    expect(lossesOf(again, 'train', 'loss')).toEqual(lossesOf(dropped, 'train', 'loss'));
    expect(JSON.parse(readFileSync(join(out, 'drop-03', 'config.json'), 'utf8')).config.inputDropout).toBe(0.3);
  });

  it('--transpose: training batches are transposed at random (the losses change, the config records it); on real-valued data it is one clear error', () => {
    const roll = (n: number, off: number) => Array.from({ length: n }, (_, t) => [4 + ((t + off) % 4), 6]);
    const f = join(dir, 'narrow-roll.json');
    writeFileSync(
      f,
      JSON.stringify({
        name: 'narrow',
        dims: 12,
        pitchOffset: 60,
        splits: { train: [roll(9, 0), roll(7, 1), roll(8, 2)], valid: [roll(6, 3)], test: [roll(5, 4)] },
      }),
    );
    const losses = (name: string, extra: string[]) => {
      const r = probseq(['train', ...TINY, '--data', f, '--steps', '6', '--out', out, '--name', name, ...extra]);
      expect(r.code, r.stderr).toBe(0);
      return metrics(join(out, name))
        .filter((m) => m.type === 'train')
        .map((m) => m.loss as number);
    };
    const plain = losses('plain', []);
    expect(losses('plain-again', [])).toEqual(plain);
    const moved = losses('moved', ['--transpose', '4']);
    expect(moved).not.toEqual(plain);
    expect(losses('moved-again', ['--transpose', '4'])).toEqual(moved);
    expect(JSON.parse(readFileSync(join(out, 'moved', 'config.json'), 'utf8')).config.transpose).toBe(4);
    const bad = probseq(['train', ...TINY, '--transpose', '2', '--steps', '2', '--out', out, '--name', 'bad']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toMatch(
      /^probseq: error: --transpose 2: transposition applies to piano rolls \(0\/1 data\); synthetic:multimodal is real data$/,
    );
  });
});
