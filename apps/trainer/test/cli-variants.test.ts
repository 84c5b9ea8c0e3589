import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setBackend } from '@probseq/backend';
import { isPosteriorParameter } from '../src/init-from';
import { readWeightFiles } from '../src/weights-file';
import { TINY, probseq, tempDir } from './cli-helpers';

const dir = tempDir();
const out = join(dir, 'runs');

function walkCsv(scale: number): string {
  // A seeded random walk in 2-D, 12 sequences of 10 steps, in CSV with a sequence id column.
  let s = 7;
  const u = () => (s = (s * 16807) % 2147483647) / 2147483647 - 0.5;
  const rows = ['sequence,x,y'];
  for (let q = 0; q < 12; q++) {
    let x = 0;
    let y = 0;
    for (let t = 0; t < 10; t++) {
      x += u();
      y += u();
      rows.push(`s${q},${x * scale},${y * scale}`);
    }
  }
  return `${rows.join('\n')}\n`;
}

describe('other models, objectives and data', () => {
  it('likelihoods are reported on the data scale: scaling the data by 10 lowers log p by 2·ln 10 per step', () => {
    const results = [1, 10].map((scale) => {
      const f = join(dir, `walk${scale}.csv`);
      writeFileSync(f, walkCsv(scale));
      const name = `walk${scale}`;
      const t = probseq([
        'train',
        ...TINY,
        '--data',
        f,
        '--model',
        'rnn',
        '--steps',
        '5',
        '--out',
        out,
        '--name',
        name,
      ]);
      expect(t.code, t.stderr).toBe(0);
      const e = probseq(['eval', join(out, name), '--json', '--backend', 'cpu']);
      expect(e.code, e.stderr).toBe(0);
      return JSON.parse(e.stdout);
    });
    expect(results[0].logLikelihood.exact).toBe(true);
    expect(results[1].logLikelihood.perStep - results[0].logLikelihood.perStep).toBeCloseTo(-2 * Math.log(10), 3);
    expect(results[1].elbo.perStep).toBeCloseTo(results[1].logLikelihood.perStep, 10); // exact model: ELBO = log p
    expect(results[1].fivo.perStep).toBeCloseTo(results[1].logLikelihood.perStep, 10); // and so is FIVO
  });

  it('pen strokes with a smoothing posterior, a GMM output and the IWAE objective; SVG drawing of samples', () => {
    const t = probseq([
      'train',
      ...TINY,
      '--data',
      'synthetic:strokes',
      '--posterior',
      'smoothing',
      '--output',
      'gmm',
      '--mixture-components',
      '2',
      '--objective',
      'iwae',
      '--iwae-samples',
      '3',
      '--cell',
      'gru',
      '--steps',
      '4',
      '--out',
      out,
      '--name',
      'strokes',
    ]);
    expect(t.code, t.stderr).toBe(0);
    const cfg = JSON.parse(readFileSync(join(out, 'strokes', 'config.json'), 'utf8'));
    expect([cfg.config.posterior, cfg.output, cfg.config.objective, cfg.data.kind]).toEqual([
      'smoothing',
      'gmm',
      'iwae',
      'strokes',
    ]);
    const svg = readFileSync(join(out, 'strokes', 'samples', 'samples.svg'), 'utf8');
    expect(svg).toMatch(/<path d="M/);
    const s = JSON.parse(readFileSync(join(out, 'strokes', 'samples', 'samples.json'), 'utf8'));
    for (const seq of s.sequences) for (const step of seq) expect([0, 1]).toContain(step[2]);
    expect(existsSync(join(out, 'strokes', 'best', 'model.json'))).toBe(true);
  });

  it('the FIVO objective: validation on its own bound, a FIVO line in eval', () => {
    const t = probseq([
      'train',
      ...TINY,
      '--objective',
      'fivo',
      '--particles',
      '3',
      '--steps',
      '6',
      '--eval-every',
      '3',
      '--out',
      out,
      '--name',
      'fivo',
    ]);
    expect(t.code, t.stderr).toBe(0);
    const valid = readFileSync(join(out, 'fivo', 'metrics.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((r) => r.type === 'valid');
    expect(valid.map((r) => [r.step, r.bound])).toEqual([
      [3, 'fivo(3)'],
      [6, 'fivo(3)'],
    ]);
    for (const r of valid) expect(Number.isFinite(r.boundPerStep) && r.boundPerStep !== r.elboPerStep).toBe(true);
    const e = probseq(['eval', join(out, 'fivo'), '--samples', '5', '--particles', '2', '--backend', 'cpu']);
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout).toMatch(/FIVO \(N=2\)\s+-?\d+\.\d{3}\s+-?\d+\.\d{4}/);
    const bad = probseq(['eval', join(out, 'fivo'), '--particles', '-1', '--backend', 'cpu']);
    expect(bad.stderr).toMatch(/--particles must be a non-negative integer/);
  });

  it('--init-from + --train-only q: the generative model is copied and stays frozen, q is refitted', async () => {
    await setBackend('cpu');
    const src = join(out, 'fivo', 'best');
    const t = probseq([
      'train',
      ...TINY,
      '--posterior',
      'smoothing',
      '--init-from',
      src,
      '--train-only',
      'q',
      '--steps',
      '4',
      '--out',
      out,
      '--name',
      'refit',
    ]);
    expect(t.code, t.stderr).toBe(0);
    const before = readWeightFiles(src).tensors;
    const after = readWeightFiles(join(out, 'refit', 'best')).tensors;
    const names = Object.keys(after);
    expect(names.some((n) => n.startsWith('backward.'))).toBe(true);
    for (const n of names) {
      const same =
        before[n] !== undefined &&
        before[n].shape.join() === after[n].shape.join() &&
        before[n].dataSync().every((v, i) => v === after[n].dataSync()[i]);
      expect(same, n).toBe(!isPosteriorParameter(n));
    }
    const bad = probseq(['train', ...TINY, '--train-only', 'q', '--steps', '2', '--out', out, '--name', 'refit-bad']);
    expect(bad.stderr.trim()).toBe(
      'probseq: error: --train-only q needs --init-from <model-dir> (a frozen, trained generative model)',
    );
    expect(existsSync(join(out, 'refit-bad'))).toBe(false);
  });
});
