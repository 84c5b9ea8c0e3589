import * as wavefileModule from 'wavefile';
import { DataError } from './data-error';
import type { SequenceDataset } from './dataset';
import { segment } from './segment';
import { splitSequences, type SplitOptions } from './split';

type WaveFileClass = typeof import('wavefile').WaveFile;
// The package's ES build has a named export; its UMD build (what Node loads) one object.
// Reflect.get keeps bundlers from warning about the `default` that the ES build lacks.
const WaveFile: WaveFileClass =
  (wavefileModule as unknown as { WaveFile?: WaveFileClass }).WaveFile ??
  (Reflect.get(wavefileModule, 'default') as { WaveFile: WaveFileClass }).WaveFile;

/** Mono audio as floats in [−1, 1]. */
export interface MonoAudio {
  sampleRate: number;
  samples: Float64Array;
}

const FORMAT_NAMES: Record<number, string> = {
  1: 'PCM',
  2: 'MS ADPCM',
  3: 'IEEE float',
  6: 'A-law',
  7: 'µ-law',
  0x11: 'IMA ADPCM',
  0x55: 'MPEG Layer 3',
  0xfffe: 'extensible',
};
const SUPPORTED_DEPTHS = new Set(['8', '16', '24', '32', '32f', '64']);

function ascii(bytes: Uint8Array, at: number, n: number): string {
  return String.fromCharCode(...bytes.slice(at, at + n));
}

/** The format code and bits per sample of the `fmt ` chunk, read from the raw bytes (for messages). */
function rawFormat(bytes: Uint8Array): { code: number; bits: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 12; at + 8 <= bytes.length;) {
    const size = view.getUint32(at + 4, true);
    if (ascii(bytes, at, 4) === 'fmt ' && at + 24 <= bytes.length)
      return { code: view.getUint16(at + 8, true), bits: view.getUint16(at + 22, true) };
    at += 8 + size + (size % 2);
  }
  return null;
}

/**
 * Decodes a WAV file (PCM 8/16/24/32-bit or IEEE float 32/64-bit, any channel count) with the
 * `wavefile` library, optionally resampled to `sampleRate` (its cubic interpolation with a low-pass
 * filter), and mixed down to mono by averaging the channels.
 * @param bytes - the file's bytes.
 * @param source - the file name used in error messages.
 * @param sampleRate - the rate to resample to, in Hz; default the file's own.
 */
export function decodeWav(bytes: Uint8Array, source: string, sampleRate?: number): MonoAudio {
  const riff = ascii(bytes, 0, 4);
  if (!['RIFF', 'RIFX', 'RF64'].includes(riff) || ascii(bytes, 8, 4) !== 'WAVE') {
    const head = Array.from(bytes.slice(0, 4), (b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
    throw new DataError(
      source,
      '',
      `expected a RIFF/WAVE file (starting with "RIFF"…"WAVE"), found ${bytes.length === 0 ? 'an empty file' : `a file starting with ${JSON.stringify(head)}`}`,
    );
  }
  const fmt = rawFormat(bytes);
  const expected = 'PCM (8/16/24/32-bit) or IEEE float (32/64-bit) samples';
  const unsupported = (f: { code: number; bits: number }) =>
    new DataError(
      source,
      'fmt chunk',
      `expected ${expected}, found ${FORMAT_NAMES[f.code] ?? 'format code'} (0x${f.code.toString(16).padStart(4, '0')}), ${f.bits}-bit`,
    );
  let wav: InstanceType<WaveFileClass>;
  try {
    wav = new WaveFile(bytes);
  } catch (e) {
    if (fmt && fmt.code !== 1 && fmt.code !== 3 && fmt.code !== 0xfffe) throw unsupported(fmt);
    throw new DataError(source, '', `malformed WAV (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!SUPPORTED_DEPTHS.has(wav.bitDepth))
    throw unsupported(fmt ?? { code: -1, bits: Number.parseInt(wav.bitDepth, 10) });
  const fmtOf = () => wav.fmt as { numChannels: number; sampleRate: number };
  if (sampleRate !== undefined && sampleRate !== fmtOf().sampleRate) {
    if (!(Number.isInteger(sampleRate) && sampleRate > 0))
      throw new Error(`sampleRate must be a positive integer, found ${sampleRate}`);
    wav.toSampleRate(sampleRate);
  }
  const depth = wav.bitDepth;
  // Integer PCM is signed except at 8 bits (unsigned, centred on 128); floats are already in [−1, 1].
  const scale = depth.endsWith('f') || depth === '64' ? 1 : 2 ** (Number(depth) - 1);
  const centre = depth === '8' ? 128 : 0;
  const channels = fmtOf().numChannels;
  const raw = wav.getSamples(false, Float64Array) as unknown as Float64Array | Float64Array[];
  const perChannel = channels === 1 ? [raw as Float64Array] : (raw as Float64Array[]);
  const n = perChannel[0]?.length ?? 0;
  const samples = new Float64Array(n);
  for (const ch of perChannel) for (let i = 0; i < n; i++) samples[i] += (ch[i] - centre) / scale / channels;
  return { sampleRate: fmtOf().sampleRate, samples };
}

/**
 * Encodes mono samples in [−1, 1] (clipped) as a 16-bit PCM WAV file.
 * @param samples - mono samples in [−1, 1].
 * @param sampleRate - the sample rate in Hz.
 */
export function encodeWav(samples: ArrayLike<number>, sampleRate: number): Uint8Array {
  const pcm = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, Number.isFinite(samples[i]) ? samples[i] : 0));
    pcm[i] = Math.min(32767, Math.round(v * 32768));
  }
  const wav = new WaveFile();
  wav.fromScratch(1, sampleRate, '16', pcm);
  return wav.toBuffer();
}

/** Options for {@link wavDataset}. */
export interface WavOptions extends SplitOptions {
  /** Sample rate the audio is resampled to (default 16000 Hz). */
  sampleRate?: number;
  /** Samples per time step (default 200, as in Chung et al. 2015). */
  frameSize?: number;
  /** Frames per sequence (default 40: 8000 samples, half a second at 16 kHz). */
  segmentFrames?: number;
}

/**
 * Cuts mono samples into frames of `frameSize` (a last partial frame is dropped).
 * @param samples - mono samples.
 * @param frameSize - samples per frame (the feature dimension of each step).
 */
export function frameAudio(samples: ArrayLike<number>, frameSize: number): number[][] {
  if (!Number.isInteger(frameSize) || frameSize < 1)
    throw new Error(`frameSize must be a positive integer, found ${frameSize}`);
  const frames: number[][] = [];
  for (let i = 0; i + frameSize <= samples.length; i += frameSize)
    frames.push(Array.from({ length: frameSize }, (_, j) => samples[i + j]));
  return frames;
}

/**
 * A real-valued data set from WAV files: mono at `sampleRate`, each time step a frame of
 * `frameSize` samples, each sequence `segmentFrames` consecutive frames; the sequences of all
 * files are split into train / valid / test by a seeded shuffle.
 * @param files - the WAV files' bytes, each with its file name for error messages.
 */
export function wavDataset(
  files: Array<{ bytes: Uint8Array; source: string }>,
  options: WavOptions = {},
): SequenceDataset {
  const { sampleRate = 16000, frameSize = 200, segmentFrames = 40 } = options;
  if (files.length === 0) throw new Error('wavDataset: expected at least one WAV file, found none');
  const sequences: number[][][] = [];
  for (const f of files) {
    const audio = decodeWav(f.bytes, f.source, sampleRate);
    if (audio.samples.length < frameSize) {
      throw new DataError(
        f.source,
        '',
        `expected at least one frame of ${frameSize} samples at ${sampleRate} Hz, found ${audio.samples.length} samples`,
      );
    }
    sequences.push(...segment(frameAudio(audio.samples, frameSize), segmentFrames));
  }
  const source = files.length === 1 ? files[0].source : `${files.length} WAV files`;
  return {
    name: source,
    dims: frameSize,
    kind: 'real',
    audio: { sampleRate, frameSize },
    splits: splitSequences(sequences, options),
    source,
  };
}
