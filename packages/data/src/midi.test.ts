import pkg from '@tonejs/midi';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { midiDataset, midiToPianoRoll, PIANO_OFFSET } from './midi';
import { estimateKey, shiftToC } from './midi-key';
import { readDataset } from './read-path';

const { Midi } = pkg as unknown as { Midi: typeof import('@tonejs/midi').Midi };
const FIXTURES = join(__dirname, '..', 'fixtures');

/** A MIDI file with the given notes (ticks at 480 per quarter) and an optional drum track. */
function midiBytes(
  notes: Array<[pitch: number, quarter: number, quarters: number]>,
  extra: { drums?: boolean; key?: string } = {},
) {
  const midi = new Midi();
  if (extra.key) midi.header.keySignatures.push({ key: extra.key, scale: 'major', ticks: 0 });
  const ppq = midi.header.ppq;
  const track = midi.addTrack();
  for (const [pitch, q, len] of notes) track.addNote({ midi: pitch, ticks: q * ppq, durationTicks: len * ppq });
  if (extra.drums) {
    const d = midi.addTrack();
    d.channel = 9;
    d.addNote({ midi: 40, ticks: 0, durationTicks: 4 * ppq });
  }
  return new Uint8Array(midi.toArray());
}

const active = (roll: number[][]) => roll.map((s) => s.flatMap((v, i) => (v ? [i + PIANO_OFFSET] : [])));

describe('MIDI → piano roll', () => {
  it('quantises notes to steps per quarter note and leaves drums out', () => {
    const bytes = midiBytes(
      [
        [60, 0, 2],
        [64, 1, 1],
        [67, 2, 0.5],
        [72, 3.25, 0.5],
      ],
      { drums: true },
    );
    expect(active(midiToPianoRoll(bytes, 'a.mid').roll)).toEqual([[60], [60, 64], [67], [72]]);
    // Eighth-note steps: the half-quarter note lasts one step, the quarter-past onset rounds to 6.5 → 7.
    expect(active(midiToPianoRoll(bytes, 'a.mid', { stepsPerQuarter: 2 }).roll)).toEqual([
      [60],
      [60],
      [60, 64],
      [60, 64],
      [67],
      [],
      [],
      [72],
    ]);
  });

  it('transposes to C by the key signature, else by key finding', () => {
    const dMajor = midiBytes(
      [
        [62, 0, 1],
        [66, 1, 1],
        [69, 2, 1],
      ],
      { key: 'D' },
    );
    const r = midiToPianoRoll(dMajor, 'd.mid', { transpose: 'c' });
    expect(r.shift).toBe(-2);
    expect(active(r.roll)).toEqual([[60], [64], [67]]);
    // G major scale with a long tonic and dominant and no key signature → G major, shift +5.
    const gScale = [67, 69, 71, 72, 74, 76, 78, 79].map(
      (p, i) => [p, i, p === 67 || p === 74 ? 3 : 1] as [number, number, number],
    );
    const g = midiToPianoRoll(midiBytes(gScale), 'g.mid', { transpose: 'c' });
    expect(g.key).toEqual({ tonic: 7, mode: 'major' });
    expect(g.shift).toBe(5);
    expect(active(g.roll)[0]).toEqual([72]);
  });

  it('finds keys from pitch-class histograms (Krumhansl–Kessler)', () => {
    const hist = (pcs: number[], heavy: number[]) =>
      Array.from({ length: 12 }, (_, pc) => (pcs.includes(pc) ? 1 : 0) + (heavy.includes(pc) ? 2 : 0));
    expect(estimateKey(hist([0, 2, 4, 5, 7, 9, 11], [0, 7]))).toEqual({ tonic: 0, mode: 'major' });
    expect(estimateKey(hist([9, 11, 0, 2, 4, 5, 8], [9, 4]))).toEqual({ tonic: 9, mode: 'minor' });
    expect([0, 1, 5, 6, 7, 11].map(shiftToC)).toEqual([0, -1, -5, 6 - 12, 5, 1]);
  });

  it('reports a file that is not MIDI, an empty MIDI and drums only, naming the file', () => {
    const read = (name: string) => () =>
      midiToPianoRoll(new Uint8Array(readFileSync(join(FIXTURES, 'bad', name))), `bad/${name}`);
    expect(read('not-midi.mid')).toThrow(
      'bad/not-midi.mid: expected a standard MIDI file (starting with "MThd"), found a file starting with "This"',
    );
    expect(read('empty.mid')).toThrow(/^bad\/empty\.mid: expected at least one note, found none in 1 track$/);
    expect(read('drums-only.mid')).toThrow(
      'bad/drums-only.mid: expected at least one note outside the drum channel (10), found none in 1 track',
    );
    const truncated = readFileSync(join(FIXTURES, 'midi', 'chorales', 'chorale-02.mid')).subarray(0, 30);
    expect(() => midiToPianoRoll(new Uint8Array(truncated), 'cut.mid')).toThrow(
      /^cut\.mid: track 1: malformed MIDI \(\d+ bytes announced, 8 present\)$/,
    );
  });

  it('reads a folder of 20 MIDI files into seeded splits, one sequence per file', async () => {
    const dir = join(FIXTURES, 'midi', 'chorales');
    const ds = await readDataset(dir, { seed: 3 });
    expect(ds).toMatchObject({ kind: 'binary', dims: 88, pitchOffset: 21, stepsPerQuarter: 1, name: 'chorales' });
    expect([ds.splits.train.length, ds.splits.valid.length, ds.splits.test.length]).toEqual([16, 2, 2]);
    const again = await readDataset(dir, { seed: 3 });
    expect(again.splits.valid).toEqual(ds.splits.valid);
    const other = await readDataset(dir, { seed: 4 });
    expect(other.splits.valid).not.toEqual(ds.splits.valid);
    // Every chorale is four voices: each step holds 1–4 distinct pitches, and lengths are 16–32 quarters.
    for (const s of [...ds.splits.train, ...ds.splits.valid, ...ds.splits.test]) {
      expect(s.length).toBeGreaterThanOrEqual(16);
      expect(s.length).toBeLessThanOrEqual(33);
      for (const step of s) expect(step.reduce((a, v) => a + v, 0)).toBeLessThanOrEqual(4);
    }
    // A single file is cut into 64-step pieces by default so that it can be split.
    const one = midiDataset(
      [{ bytes: midiBytes(Array.from({ length: 200 }, (_, i) => [60 + (i % 12), i, 1])), source: 'long.mid' }],
      {
        segmentSteps: 64,
      },
    );
    expect(
      [...one.splits.train, ...one.splits.valid, ...one.splits.test].map((s) => s.length).sort((a, b) => a - b),
    ).toEqual([8, 64, 64, 64]);
  });
});
