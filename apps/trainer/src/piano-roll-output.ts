import pkg from '@tonejs/midi';
import { PNG } from 'pngjs';

const { Midi } = pkg as unknown as { Midi: typeof import('@tonejs/midi').Midi };

/**
 * Renders binary piano rolls ([T][88] with values ≥ 0.5 = note on) as one PNG: time runs left to
 * right, pitch bottom to top, one band per sequence separated by a grey line, `scale` pixels a cell.
 */
export function pianoRollPng(rolls: number[][][], scale = 4): Uint8Array {
  const dims = rolls[0]?.[0]?.length ?? 88;
  const T = Math.max(...rolls.map((r) => r.length));
  const gap = 2;
  const width = T * scale;
  const height = rolls.length * (dims * scale + gap) - gap;
  const png = new PNG({ width, height });
  png.data.fill(255);
  rolls.forEach((roll, i) => {
    const top = i * (dims * scale + gap);
    if (i > 0) {
      for (let y = top - gap; y < top; y++) for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 4;
        png.data[o] = png.data[o + 1] = png.data[o + 2] = 160;
      }
    }
    roll.forEach((step, t) => {
      step.forEach((v, p) => {
        // Light stripes on C (pitch index 3 = C1 with offset 21) help reading.
        const on = v >= 0.5;
        const isC = (p + 21) % 12 === 0;
        if (!on && !isC) return;
        const [r, g, b] = on ? [20, 40, 140] : [238, 238, 238];
        for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) {
          const y = top + (dims - 1 - p) * scale + dy;
          const o = (y * width + t * scale + dx) * 4;
          png.data[o] = r;
          png.data[o + 1] = g;
          png.data[o + 2] = b;
          png.data[o + 3] = 255;
        }
      });
    });
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
          track.addNote({ midi: p + pitchOffset, time: start + onAt * stepSec, duration: (t - onAt) * stepSec, velocity: 0.7 });
          onAt = -1;
        }
      }
    }
    start += (roll.length + 2) * stepSec;
  });
  return midi.toArray();
}
