import pkg from '@tonejs/midi';
import { PNG } from 'pngjs';

const { Midi } = pkg as unknown as { Midi: typeof import('@tonejs/midi').Midi };

/**
 * Renders binary piano rolls ([T][dims] with values ≥ 0.5 = note on) as one PNG: time runs left to
 * right, pitch bottom to top, the sequences side by side separated by a grey bar, `scale` pixels a
 * cell; faint rows mark every C.
 */
export function pianoRollPng(rolls: number[][][], scale = 4, pitchOffset = 21): Uint8Array {
  const dims = rolls[0]?.[0]?.length ?? 88;
  const gap = 2 * scale;
  const widths = rolls.map((r) => r.length * scale);
  const width = widths.reduce((a, w) => a + w + gap, 0) - gap;
  const height = dims * scale;
  const png = new PNG({ width, height });
  png.data.fill(255);
  const fill = (x0: number, y0: number, w: number, h: number, [r, g, b]: number[]) => {
    for (let y = y0; y < y0 + h; y++)
      for (let x = x0; x < x0 + w; x++) {
        const o = (y * width + x) * 4;
        png.data[o] = r;
        png.data[o + 1] = g;
        png.data[o + 2] = b;
        png.data[o + 3] = 255;
      }
  };
  let left = 0;
  rolls.forEach((roll, i) => {
    if (i > 0) fill(left - gap, 0, gap, height, [160, 160, 160]);
    for (let p = 0; p < dims; p++) {
      if ((p + pitchOffset) % 12 === 0) fill(left, (dims - 1 - p) * scale, widths[i], scale, [238, 238, 238]);
    }
    roll.forEach((step, t) => {
      step.forEach((v, p) => {
        if (v >= 0.5) fill(left + t * scale, (dims - 1 - p) * scale, scale, scale, [20, 40, 140]);
      });
    });
    left += widths[i] + gap;
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
