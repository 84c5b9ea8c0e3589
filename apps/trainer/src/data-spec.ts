import type { ReadDatasetOptions } from '@probseq/data/node';
import { CliError } from './cli-error';

/** A `--data` value split into the path and the reader options written after `?`. */
export interface DataSpec {
  path: string;
  options: ReadDatasetOptions;
}

type Kind = 'midi' | 'wav' | 'ndjson' | 'csv' | 'json';

const KEYS: Record<Kind, string[]> = {
  midi: ['steps-per-quarter', 'transpose', 'segment'],
  wav: ['rate', 'frame', 'segment'],
  ndjson: ['limit', 'recognized'],
  csv: ['id'],
  json: [],
};
const SPLIT_KEYS = ['valid', 'test'];

function kindOf(path: string): Kind | 'folder' {
  const lower = path.toLowerCase().replace(/[\\/]+$/, '');
  if (/\.midi?$/.test(lower)) return 'midi';
  if (/\.wave?$/.test(lower)) return 'wav';
  if (lower.endsWith('.ndjson')) return 'ndjson';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return 'folder';
}

/**
 * Parses `--data PATH[?key=value&key=value]`. The options after `?` choose how files become
 * sequences and are stored with the run (so eval and resume read the data the same way):
 * MIDI `steps-per-quarter`, `transpose=c|none`, `segment` (steps); WAV `rate` (Hz), `frame`
 * (samples per step), `segment` (frames per sequence); QuickDraw `limit` (drawings per file),
 * `recognized=true`; CSV `id` (the sequence id column); any format `valid`, `test` (fractions).
 */
export function parseDataSpec(spec: string): DataSpec {
  const q = spec.indexOf('?');
  if (q < 0) return { path: spec, options: {} };
  const path = spec.slice(0, q);
  const pairs = spec
    .slice(q + 1)
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      if (eq <= 0) throw new CliError(`--data ${spec}: expected key=value after '?', found '${p}'`);
      return [p.slice(0, eq), decodeURIComponent(p.slice(eq + 1))] as const;
    });
  const kind = kindOf(path);
  // A folder may hold any format: every format's options are allowed, each applies to its own format.
  const allowed = [...new Set([...(kind === 'folder' ? Object.values(KEYS).flat() : KEYS[kind]), ...SPLIT_KEYS])];
  const options: ReadDatasetOptions = {};
  const int = (k: string, v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < 1) throw new CliError(`--data ${spec}: ${k} must be a positive integer, found '${v}'`);
    return n;
  };
  for (const [k, v] of pairs) {
    if (!allowed.includes(k)) {
      throw new CliError(`--data ${spec}: unknown option '${k}' for ${kind} data (allowed: ${allowed.join(', ')})`);
    }
    if (k === 'valid' || k === 'test') {
      const f = Number(v);
      if (!(f >= 0 && f < 1)) throw new CliError(`--data ${spec}: ${k} must be a fraction in [0, 1), found '${v}'`);
      options[k] = f;
    } else if (k === 'segment') {
      // Steps per sequence: MIDI steps or WAV frames, whichever the data turns out to be.
      if (kind === 'midi' || kind === 'folder') options.midi = { ...options.midi, segmentSteps: int(k, v) };
      if (kind === 'wav' || kind === 'folder') options.wav = { ...options.wav, segmentFrames: int(k, v) };
    } else if (KEYS.midi.includes(k)) {
      options.midi ??= {};
      if (k === 'steps-per-quarter') options.midi.stepsPerQuarter = int(k, v);
      else if (v === 'c' || v === 'none') options.midi.transpose = v;
      else throw new CliError(`--data ${spec}: transpose must be 'c' or 'none', found '${v}'`);
    } else if (KEYS.wav.includes(k)) {
      options.wav ??= {};
      if (k === 'rate') options.wav.sampleRate = int(k, v);
      else options.wav.frameSize = int(k, v);
    } else if (KEYS.ndjson.includes(k)) {
      options.quickdraw ??= {};
      if (k === 'limit') options.quickdraw.limit = int(k, v);
      else if (v === 'true' || v === 'false') options.quickdraw.recognizedOnly = v === 'true';
      else throw new CliError(`--data ${spec}: recognized must be true or false, found '${v}'`);
    } else options.idColumn = v;
  }
  return { path, options };
}
