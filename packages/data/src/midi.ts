import * as toneMidi from '@tonejs/midi';
import { DataError } from './data-error';
import type { SequenceDataset } from './dataset';
import { estimateKey, pitchClassOf, shiftToC, type MusicalKey } from './midi-key';
import { segment } from './segment';
import { splitSequences, type SplitOptions } from './split';

type MidiClass = typeof import('@tonejs/midi').Midi;
// The package's ES build has a named export; its CommonJS build (what Node loads) one object.
// Reflect.get keeps bundlers from warning about the `default` that the ES build lacks.
const Midi: MidiClass =
  (toneMidi as unknown as { Midi?: MidiClass }).Midi ?? (Reflect.get(toneMidi, 'default') as { Midi: MidiClass }).Midi;

/** The 88 piano keys, A0 (MIDI 21) to C8 (MIDI 108), as in the JSB / Nottingham / MuseData rolls. */
export const PIANO_KEYS = 88;
/** MIDI note of the first piano key. */
export const PIANO_OFFSET = 21;

/** Options for {@link midiToPianoRoll}. */
export interface MidiOptions {
  /** Time steps per quarter note (default 1: quarter notes, as JSB Chorales). */
  stepsPerQuarter?: number;
  /**
   * `'c'`: transpose to C major or C minor (by the file's key signature, else by Krumhansl–Schmuckler
   * key finding); `'none'` (default): keep the written pitches.
   */
  transpose?: 'none' | 'c';
}

/** A piano roll read from MIDI, with the key it was found in and the shift applied. */
export interface MidiPianoRoll {
  /** `[T][88]` binary steps; feature 0 is MIDI note 21. */
  roll: number[][];
  key: MusicalKey;
  shift: number;
}

function describeStart(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'an empty file';
  const head = Array.from(bytes.slice(0, 4), (b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
  return `a file starting with ${JSON.stringify(head)}`;
}

/** Walks the file's chunks so that a cut-off file names the track that is incomplete. */
function checkChunks(bytes: Uint8Array, source: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 14)
    throw new DataError(source, 'header', `malformed MIDI (expected a 14-byte header, found ${bytes.length} bytes)`);
  const tracks = view.getUint16(10);
  let at = 8 + view.getUint32(4);
  for (let k = 1; k <= tracks; k++) {
    if (at + 8 > bytes.length)
      throw new DataError(
        source,
        `track ${k}`,
        `malformed MIDI (the header announces ${tracks} tracks, the file ends before track ${k})`,
      );
    const size = view.getUint32(at + 4);
    if (at + 8 + size > bytes.length) {
      throw new DataError(
        source,
        `track ${k}`,
        `malformed MIDI (${size} bytes announced, ${bytes.length - at - 8} present)`,
      );
    }
    at += 8 + size;
  }
}

/**
 * Reads a standard MIDI file into a piano roll. Drum tracks (channel 10) are left out. Note onsets
 * and ends are rounded to the nearest step; a note shorter than a step still lasts one step. Notes
 * outside the piano's range after transposition move by octaves into it.
 *
 * @param bytes - the file's bytes.
 * @param source - the file name used in error messages.
 */
export function midiToPianoRoll(bytes: Uint8Array, source: string, options: MidiOptions = {}): MidiPianoRoll {
  const { stepsPerQuarter = 1, transpose = 'none' } = options;
  if (!(stepsPerQuarter > 0) || !Number.isInteger(stepsPerQuarter))
    throw new Error(`stepsPerQuarter must be a positive integer, found ${stepsPerQuarter}`);
  if (String.fromCharCode(...bytes.slice(0, 4)) !== 'MThd')
    throw new DataError(
      source,
      '',
      `expected a standard MIDI file (starting with "MThd"), found ${describeStart(bytes)}`,
    );
  checkChunks(bytes, source);
  let midi: InstanceType<MidiClass>;
  try {
    midi = new Midi(bytes);
  } catch (e) {
    throw new DataError(source, '', `malformed MIDI (${e instanceof Error ? e.message : String(e)})`);
  }
  const ppq = midi.header.ppq;
  if (!(ppq > 0))
    throw new DataError(
      source,
      'header',
      `expected ticks per quarter note, found ${ppq} (SMPTE timing is not supported)`,
    );
  const ticksPerStep = ppq / stepsPerQuarter;
  const notes: Array<{ pitch: number; start: number; end: number }> = [];
  const pcWeight = new Array<number>(12).fill(0);
  midi.tracks.forEach((track) => {
    if (track.instrument.percussion) return;
    for (const n of track.notes) {
      const start = Math.round(n.ticks / ticksPerStep);
      const end = Math.max(start + 1, Math.round((n.ticks + n.durationTicks) / ticksPerStep));
      notes.push({ pitch: n.midi, start, end });
      pcWeight[n.midi % 12] += Math.max(n.durationTicks, 1);
    }
  });
  if (notes.length === 0) {
    const drums = midi.tracks.some((t) => t.instrument.percussion && t.notes.length > 0);
    throw new DataError(
      source,
      '',
      `expected at least one note${drums ? ' outside the drum channel (10)' : ''}, found none in ${midi.tracks.length} track${midi.tracks.length === 1 ? '' : 's'}`,
    );
  }
  const signature = midi.header.keySignatures[0];
  const written = signature ? pitchClassOf(signature.key) : undefined;
  const key: MusicalKey =
    written !== undefined
      ? { tonic: written, mode: signature.scale === 'minor' ? 'minor' : 'major' }
      : estimateKey(pcWeight);
  const shift = transpose === 'c' ? shiftToC(key.tonic) : 0;
  const T = notes.reduce((m, n) => Math.max(m, n.end), 0);
  const roll = Array.from({ length: T }, () => new Array<number>(PIANO_KEYS).fill(0));
  for (const n of notes) {
    let p = n.pitch + shift - PIANO_OFFSET;
    while (p < 0) p += 12;
    while (p >= PIANO_KEYS) p -= 12;
    for (let t = n.start; t < n.end; t++) roll[t][p] = 1;
  }
  return { roll, key, shift };
}

/** Options for {@link midiDataset}. */
export interface MidiDatasetOptions extends MidiOptions, SplitOptions {
  /** Cut every piece into sequences of this many steps (default: one sequence per file). */
  segmentSteps?: number;
}

/**
 * A binary piano-roll data set from MIDI files: one sequence per file (or per segment), 88 keys,
 * split into train / valid / test by a seeded shuffle.
 *
 * @example
 * midiDataset([{ bytes, source: 'bach/001.mid' }, …], { stepsPerQuarter: 2, transpose: 'c', seed: 1 })
 * @param files - the MIDI files' bytes, each with its file name for error messages.
 */
export function midiDataset(
  files: Array<{ bytes: Uint8Array; source: string }>,
  options: MidiDatasetOptions = {},
): SequenceDataset {
  if (files.length === 0) throw new Error('midiDataset: expected at least one MIDI file, found none');
  const sequences = files.flatMap((f) =>
    segment(midiToPianoRoll(f.bytes, f.source, options).roll, options.segmentSteps),
  );
  const source = files.length === 1 ? files[0].source : `${files.length} MIDI files`;
  return {
    name: source,
    dims: PIANO_KEYS,
    kind: 'binary',
    pitchOffset: PIANO_OFFSET,
    stepsPerQuarter: options.stepsPerQuarter ?? 1,
    splits: splitSequences(sequences, options),
    source,
  };
}
