import pkg from '@tonejs/midi';
import { PNG } from 'pngjs';

const { Midi } = pkg as unknown as { Midi: typeof import('@tonejs/midi').Midi };

/** 3 × 5 pixel glyphs for axis labels (rows top to bottom, 3 bits each). */
const GLYPHS: Record<string, number[]> = {
  '0': [7, 5, 5, 5, 7],
  '1': [2, 6, 2, 2, 7],
  '2': [7, 1, 7, 4, 7],
  '3': [7, 1, 7, 1, 7],
  '4': [5, 5, 7, 1, 1],
  '5': [7, 4, 7, 1, 7],
  '6': [7, 4, 7, 5, 7],
  '7': [7, 1, 1, 1, 1],
  '8': [7, 5, 7, 5, 7],
  '9': [7, 5, 7, 1, 7],
  C: [7, 4, 4, 4, 7],
  '-': [0, 0, 7, 0, 0],
};
const GLYPH_PX = 2; // each glyph pixel is 2 × 2
const GLYPH_ADVANCE = 4 * GLYPH_PX;

/** The name of the C at MIDI pitch `midi` (C4 = 60). */
function cName(midi: number): string {
  return `C${Math.floor(midi / 12) - 1}`;
}

/**
 * Renders binary piano rolls ([T][dims] with values ≥ 0.5 = note on) as one PNG: time runs left to
 * right, pitch bottom to top, the sequences side by side separated by a grey bar, `scale` pixels a
 * cell; faint rows mark every C. With axes (the default), the Cs are named on the left (C4 = MIDI 60)
 * and each sequence's time steps are numbered below it.
 */
export function pianoRollPng(
  rolls: number[][][],
  scale = 4,
  pitchOffset = 21,
  options: { axes?: boolean } = {},
): Uint8Array {
  const axes = options.axes ?? true;
  const dims = rolls[0]?.[0]?.length ?? 88;
  const gap = 2 * scale;
  const cs = Array.from({ length: dims }, (_, p) => p).filter((p) => (p + pitchOffset) % 12 === 0);
  const left = axes ? Math.max(0, ...cs.map((p) => cName(p + pitchOffset).length)) * GLYPH_ADVANCE + 6 : 0;
  const bottom = axes ? 5 * GLYPH_PX + 8 : 0;
  const widths = rolls.map((r) => r.length * scale);
  const width = left + widths.reduce((a, w) => a + w + gap, 0) - gap;
  const rollHeight = dims * scale;
  const height = rollHeight + bottom;
  const png = new PNG({ width, height });
  png.data.fill(255);
  const fill = (x0: number, y0: number, w: number, h: number, [r, g, b]: number[]) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++)
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
        const o = (y * width + x) * 4;
        png.data[o] = r;
        png.data[o + 1] = g;
        png.data[o + 2] = b;
        png.data[o + 3] = 255;
      }
  };
  const INK = [60, 60, 60];
  const text = (label: string, x: number, y: number) => {
    [...label].forEach((ch, i) =>
      GLYPHS[ch].forEach((bits, row) => {
        for (let col = 0; col < 3; col++)
          if (bits & (4 >> col))
            fill(x + i * GLYPH_ADVANCE + col * GLYPH_PX, y + row * GLYPH_PX, GLYPH_PX, GLYPH_PX, INK);
      }),
    );
  };
  if (axes) {
    for (const p of cs) {
      const name = cName(p + pitchOffset);
      const rowMid = (dims - 1 - p) * scale + scale / 2;
      text(name, left - 4 - name.length * GLYPH_ADVANCE, Math.max(0, Math.round(rowMid - 2.5 * GLYPH_PX)));
    }
  }
  // Time ticks every power-of-two number of steps wide enough for the longest label.
  const longest = Math.max(1, ...rolls.map((r) => r.length));
  const tickSteps =
    [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096].find(
      (k) => k * scale >= String(longest).length * GLYPH_ADVANCE + 6,
    ) ?? 8192;
  let x0 = left;
  rolls.forEach((roll, i) => {
    if (i > 0) fill(x0 - gap, 0, gap, rollHeight, [160, 160, 160]);
    for (const p of cs) fill(x0, (dims - 1 - p) * scale, widths[i], scale, [238, 238, 238]);
    roll.forEach((step, t) => {
      step.forEach((v, p) => {
        if (v >= 0.5) fill(x0 + t * scale, (dims - 1 - p) * scale, scale, scale, [20, 40, 140]);
      });
    });
    if (axes) {
      fill(x0, rollHeight, widths[i], 1, INK);
      for (
        let t = 0;
        t < roll.length && t * scale + String(t).length * GLYPH_ADVANCE <= widths[i] + gap;
        t += tickSteps
      ) {
        fill(x0 + t * scale, rollHeight, 1, 4, INK);
        text(String(t), x0 + t * scale, rollHeight + 6);
      }
    }
    x0 += widths[i] + gap;
  });
  return PNG.sync.write(png);
}

/**
 * Writes piano rolls as a standard MIDI file: one track per sequence, played one after another,
 * each step a quarter note at `bpm`, consecutive active steps of a pitch tied into one note.
 */
export function pianoRollMidi(rolls: number[][][], pitchOffset = 21, bpm = 100): Uint8Array {
  const midi = new Midi();
  midi.header.setTempo(bpm);
  const stepSec = 60 / bpm;
  let start = 0;
  rolls.forEach((roll, i) => {
    const track = midi.addTrack();
    track.name = `sample ${i + 1}`;
    const dims = roll[0]?.length ?? 0;
    for (let p = 0; p < dims; p++) {
      let onAt = -1;
      for (let t = 0; t <= roll.length; t++) {
        const on = t < roll.length && roll[t][p] >= 0.5;
        if (on && onAt < 0) onAt = t;
        if (!on && onAt >= 0) {
          track.addNote({
            midi: p + pitchOffset,
            time: start + onAt * stepSec,
            duration: (t - onAt) * stepSec,
            velocity: 0.7,
          });
          onAt = -1;
        }
      }
    }
    start += (roll.length + 2) * stepSec;
  });
  return midi.toArray();
}
