import pkg from '@tonejs/midi';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { probseq, tempDir } from './cli-helpers';

const { Midi } = pkg as unknown as { Midi: typeof import('@tonejs/midi').Midi };
const FIXTURES = join(__dirname, '..', '..', '..', 'packages', 'data', 'fixtures');
const SMALL = ['--h-dim', '8', '--z-dim', '2', '--hidden', '8', '--batch', '4', '--backend', 'cpu', '--quiet'];

/** Trains a few steps on `data`, evaluates and samples; returns the run directory. */
function trainEvalSample(name: string, data: string, out: string, extra: string[] = []): string {
  const steps = ['--steps', '4', '--eval-every', '2', '--checkpoint-every', '2', '--sample-count', '2'];
  const r = probseq(['train', '--data', data, ...SMALL, ...steps, '--out', out, '--name', name, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  const run = join(out, name);
  const e = probseq(['eval', run, '--samples', '4', '--backend', 'cpu', '--json']);
  expect(e.code, e.stderr).toBe(0);
  const result = JSON.parse(e.stdout);
  expect(Number.isFinite(result.elbo.perStep)).toBe(true);
  const s = probseq(['sample', run, '--count', '2', '--steps', '12', '--backend', 'cpu']);
  expect(s.code, s.stderr).toBe(0);
  return run;
}

// Three CLI processes per test; on a loaded machine each can take most of a minute.
describe('probseq on files in their own formats: train → eval → sample', { timeout: 360_000 }, () => {
  const out = join(tempDir(), 'runs');

  it('a folder of 20 MIDI files → piano rolls, samples as MIDI and PNG', () => {
    const run = trainEvalSample('midi', `${join(FIXTURES, 'midi', 'chorales')}?transpose=c&steps-per-quarter=2`, out);
    const config = JSON.parse(readFileSync(join(run, 'config.json'), 'utf8'));
    expect(config.data).toMatchObject({ kind: 'binary', dims: 88, pitchOffset: 21, stepsPerQuarter: 2 });
    expect(config.data.sequences).toEqual({ train: 16, valid: 2, test: 2 });
    const midi = new Midi(readFileSync(join(run, 'samples-seed0', 'samples.mid')));
    expect(midi.tracks).toHaveLength(2);
    // Two steps per quarter note: a one-step note lasts an eighth note at 100 bpm (0.3 s).
    const notes = midi.tracks.flatMap((t) => t.notes);
    expect(notes.length).toBeGreaterThan(0);
    expect(Math.min(...notes.map((n) => n.duration))).toBeCloseTo(0.3, 6);
    expect(existsSync(join(run, 'samples-seed0', 'samples.png'))).toBe(true);
  });

  it('a WAV file → frames of 200 samples with one normalisation, samples as WAV beside a waveform', () => {
    const run = trainEvalSample('wav', `${join(FIXTURES, 'wav', 'vowels-16k.wav')}?segment=10`, out, [
      '--output',
      'gmm',
    ]);
    const config = JSON.parse(readFileSync(join(run, 'config.json'), 'utf8'));
    expect(config.output).toBe('gmm');
    expect(config.data).toMatchObject({ kind: 'real', dims: 200, audio: { sampleRate: 16000, frameSize: 200 } });
    const { mean, std } = config.normalization as { mean: number[]; std: number[] };
    expect(new Set(mean).size).toBe(1);
    expect(new Set(std).size).toBe(1);
    expect(std[0]).toBeGreaterThan(0.01);
    const wav = readFileSync(join(run, 'samples-seed0', 'samples.wav'));
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    // 2 samples × 12 frames × 200 samples + a quarter second (4000 samples) between, 16-bit mono.
    expect(wav.readUInt32LE(40)).toBe((2 * 12 * 200 + 4000) * 2);
    expect(readFileSync(join(run, 'samples-seed0', 'samples-waveform.svg'), 'utf8')).toMatch(/^<svg [^]*<path d="M/);
  });

  it('a CSV with quoted ids, a BOM and CRLF → real-valued sequences, samples as SVG', () => {
    const run = trainEvalSample('csv', join(FIXTURES, 'csv', 'walks.csv'), out);
    const config = JSON.parse(readFileSync(join(run, 'config.json'), 'utf8'));
    expect(config.data).toMatchObject({ kind: 'real', dims: 2 });
    expect(config.data.sequences.train + config.data.sequences.valid + config.data.sequences.test).toBe(12);
    expect(existsSync(join(run, 'samples-seed0', 'samples.svg'))).toBe(true);
  });

  it('a QuickDraw ndjson file → strokes, samples drawn as SVG', () => {
    const run = trainEvalSample('quickdraw', `${join(FIXTURES, 'quickdraw', 'cat.ndjson')}?limit=24`, out);
    const config = JSON.parse(readFileSync(join(run, 'config.json'), 'utf8'));
    expect(config.data).toMatchObject({ kind: 'strokes', dims: 3 });
    expect(config.data.sequences.train + config.data.sequences.valid + config.data.sequences.test).toBe(24);
    // dx, dy normalised, the pen bit not.
    expect(config.normalization.std[2]).toBe(1);
    expect(readFileSync(join(run, 'samples-seed0', 'samples.svg'), 'utf8')).toMatch(/^<svg /);
  });
});

describe('probseq train: a bad file of each format fails with one line naming it, nothing written', () => {
  const dir = tempDir();
  const out = join(dir, 'runs');
  const cases: Array<[string, RegExp]> = [
    ['bad/not-midi.mid', /not-midi\.mid: expected a standard MIDI file \(starting with "MThd"\)/],
    ['bad/empty.mid', /empty\.mid: expected at least one note, found none/],
    [
      'bad/mulaw.wav',
      /mulaw\.wav: fmt chunk: expected PCM \(8\/16\/24\/32-bit\) or IEEE float \(32\/64-bit\) samples, found µ-law/,
    ],
    ['bad/not-a-wav.wav', /not-a-wav\.wav: expected a RIFF\/WAVE file/],
    ['bad/missing-cell.csv', /missing-cell\.csv: line 3: expected 3 fields, found 2/],
    ['bad/not-a-drawing.ndjson', /not-a-drawing\.ndjson: line 3: expected a drawing object with a "drawing" field/],
  ];
  for (const [file, pattern] of cases) {
    it(file, () => {
      const r = probseq([
        'train',
        '--data',
        join(FIXTURES, file),
        ...SMALL,
        '--steps',
        '2',
        '--out',
        out,
        '--name',
        'x',
      ]);
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^probseq: error: /);
      expect(lines[0]).toMatch(pattern);
      expect(r.code).toBe(1);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    });
  }

  it('an unknown reader option names the allowed ones', () => {
    const r = probseq([
      'train',
      '--data',
      `${join(FIXTURES, 'wav', 'vowels-16k.wav')}?frames=100`,
      ...SMALL,
      '--out',
      out,
    ]);
    expect(r.stderr.trim()).toMatch(
      /^probseq: error: --data .*vowels-16k\.wav\?frames=100: unknown option 'frames' for wav data \(allowed: rate, frame, segment, valid, test\)$/,
    );
    expect(r.code).toBe(1);
  });
});
