#!/usr/bin/env node
// Writes the small test fixtures of @probseq/data (committed under packages/data/fixtures/), and with
// `--large <dir>` the larger inputs of the worked runs in the docs (not committed):
//   node packages/data/scripts/make-fixtures.mjs                 # fixtures/
//   node packages/data/scripts/make-fixtures.mjs --large /tmp/byod  # speech.wav (30 s), walks.csv, cats.ndjson
// Everything is deterministic (seeded); the 30-second speech uses Debian's espeak-ng when present and
// falls back to the synthesised vowels otherwise.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { Midi } = require('@tonejs/midi');
const { WaveFile } = require('wavefile');

const here = dirname(fileURLToPath(import.meta.url));

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- MIDI: four-voice chorale-like pieces in random keys --------------------------------------
const MAJOR_SCALE = [0, 2, 4, 5, 7, 9, 11];
const KEY_NAMES = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];

function chorale(seed, { keySignature, drums }) {
  const r = rng(seed);
  const tonic = Math.floor(r() * 12);
  const midi = new Midi();
  midi.header.setTempo(90);
  if (keySignature) midi.header.keySignatures.push({ key: KEY_NAMES[tonic], scale: 'major', ticks: 0 });
  const ppq = midi.header.ppq;
  const quarters = 16 + Math.floor(r() * 17);
  const degrees = [0, 3, 4, 0, 5, 3, 4, 0];
  const voices = [48, 55, 60, 67].map(() => midi.addTrack());
  let t = 0;
  while (t < quarters) {
    const len = r() < 0.75 ? 1 : 2;
    const root = degrees[Math.floor(r() * degrees.length)];
    const chord = [root, root + 2, root + 4];
    [48, 55, 60, 67].forEach((base, v) => {
      const d = chord[(v + Math.floor(r() * 3)) % 3];
      const pitch = base + tonic - (tonic > 6 ? 12 : 0) + MAJOR_SCALE[d % 7] + 12 * Math.floor(d / 7);
      // The soprano sometimes splits a half note into two quarters (passing motion).
      if (v === 3 && len === 2 && r() < 0.5) {
        voices[v].addNote({ midi: pitch, ticks: t * ppq, durationTicks: ppq, velocity: 0.8 });
        voices[v].addNote({ midi: pitch + 2, ticks: (t + 1) * ppq, durationTicks: ppq, velocity: 0.8 });
      } else voices[v].addNote({ midi: pitch, ticks: t * ppq, durationTicks: len * ppq, velocity: 0.8 });
    });
    t += len;
  }
  if (drums) {
    const d = midi.addTrack();
    d.channel = 9;
    for (let q = 0; q < quarters; q++)
      d.addNote({ midi: 36 + (q % 2) * 2, ticks: q * ppq, durationTicks: ppq / 2, velocity: 0.9 });
  }
  return Buffer.from(midi.toArray());
}

// ---- WAV: synthesised vowels (pulse train through three formant resonators) -------------------
const VOWELS = [
  [730, 1090, 2440],
  [270, 2290, 3010],
  [300, 870, 2240],
  [530, 1840, 2480],
  [570, 840, 2410],
];

function vowels(seconds, rate, seed) {
  const r = rng(seed);
  const n = Math.round(seconds * rate);
  const out = new Float64Array(n);
  let i = 0;
  while (i < n) {
    const len = Math.round((0.18 + 0.15 * r()) * rate);
    const gap = Math.round(0.04 * r() * rate);
    const formants = VOWELS[Math.floor(r() * VOWELS.length)];
    const f0 = 100 + 60 * r();
    const state = formants.map(() => [0, 0]);
    let phase = 0;
    for (let k = 0; k < len && i + k < n; k++) {
      const f = f0 * (1 + 0.1 * Math.sin((2 * Math.PI * k) / len));
      phase += f / rate;
      const pulse = phase >= 1 ? 1 : 0;
      if (phase >= 1) phase -= 1;
      let y = 0;
      formants.forEach((fc, j) => {
        // Two-pole resonator at fc with bandwidth 80 Hz.
        const rad = Math.exp((-Math.PI * 80) / rate);
        const a1 = 2 * rad * Math.cos((2 * Math.PI * fc) / rate);
        const a2 = -rad * rad;
        const s = pulse + a1 * state[j][0] + a2 * state[j][1];
        state[j][1] = state[j][0];
        state[j][0] = s;
        y += s / (j + 1);
      });
      const env = Math.sin((Math.PI * k) / len) ** 2;
      out[i + k] = 0.05 * y * env + 0.003 * (r() - 0.5);
    }
    i += len + gap;
  }
  let peak = 0;
  for (const v of out) peak = Math.max(peak, Math.abs(v));
  for (let k = 0; k < n; k++) out[k] = (0.8 * out[k]) / peak;
  return out;
}

function wav(channels, rate, depth) {
  const w = new WaveFile();
  const scale = depth === '32f' ? 1 : 2 ** (Number(depth) - 1) - 1;
  const data = channels.map((c) => Array.from(c, (v) => (depth === '32f' ? v : Math.round(v * scale))));
  w.fromScratch(channels.length, rate, depth, channels.length === 1 ? data[0] : data);
  return Buffer.from(w.toBuffer());
}

// ---- QuickDraw: cat faces in the public "simplified" ndjson format -----------------------------
function catDrawing(r) {
  const cx = 128 + 30 * (r() - 0.5);
  const cy = 140 + 30 * (r() - 0.5);
  const rad = 70 + 30 * r();
  const clamp = (v) => Math.max(0, Math.min(255, Math.round(v)));
  const stroke = (pts) => [pts.map((p) => clamp(p[0])), pts.map((p) => clamp(p[1]))];
  const face = Array.from({ length: 14 }, (_, k) => {
    const a = (2 * Math.PI * k) / 13;
    const rr = rad * (1 + 0.06 * (r() - 0.5));
    return [cx + rr * Math.cos(a), cy + 0.85 * rr * Math.sin(a)];
  });
  const ear = (s) => [
    [cx + s * 0.35 * rad, cy - 0.7 * rad],
    [cx + s * (0.6 + 0.2 * r()) * rad, cy - (1.3 + 0.2 * r()) * rad],
    [cx + s * 0.8 * rad, cy - 0.45 * rad],
  ];
  const eye = (s) => [
    [cx + s * 0.35 * rad, cy - 0.2 * rad],
    [cx + s * 0.35 * rad + 3, cy - 0.2 * rad + 4],
  ];
  const whisker = (s, dy) => [
    [cx + s * 0.2 * rad, cy + 0.2 * rad + dy],
    [cx + s * (0.9 + 0.3 * r()) * rad, cy + 0.15 * rad + 2 * dy],
  ];
  const strokes = [face, ear(-1), ear(1), eye(-1), eye(1)];
  if (r() < 0.7) strokes.push(whisker(-1, -6), whisker(-1, 6), whisker(1, -6), whisker(1, 6));
  return strokes.map(stroke);
}

function quickDraw(count, seed) {
  const r = rng(seed);
  const lines = [];
  for (let k = 0; k < count; k++) {
    lines.push(
      JSON.stringify({
        word: 'cat',
        countrycode: 'GB',
        timestamp: `2017-03-${String(1 + (k % 28)).padStart(2, '0')} 12:00:00.00000 UTC`,
        recognized: r() < 0.9,
        key_id: String(5000000000000000 + k * 7919),
        drawing: catDrawing(r),
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

// ---- CSV: two-dimensional walks with quoted ids, a BOM and CRLF line ends ----------------------
function walksCsv(sequences, steps, seed) {
  const r = rng(seed);
  const rows = ['sequence,"x","y"'];
  for (let s = 0; s < sequences; s++) {
    let x = 0;
    let y = 0;
    const mode = Math.floor(r() * 4);
    for (let t = 0; t < steps; t++) {
      const a = (Math.PI / 2) * ((mode + (r() < 0.3 ? 1 : 0)) % 4);
      x += Math.cos(a) + 0.2 * (r() - 0.5);
      y += Math.sin(a) + 0.2 * (r() - 0.5);
      rows.push(`"walk ${s}, take ${s % 3}",${x.toFixed(4)},${y.toFixed(4)}`);
    }
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

function writeFixtures(root) {
  rmSync(root, { recursive: true, force: true });
  const put = (rel, data) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), data);
  };
  for (let k = 0; k < 20; k++) {
    put(
      `midi/chorales/chorale-${String(k + 1).padStart(2, '0')}.mid`,
      chorale(100 + k, { keySignature: k % 2 === 0, drums: k % 5 === 0 }),
    );
  }
  const empty = new Midi();
  empty.addTrack().name = 'silence';
  put('bad/empty.mid', Buffer.from(empty.toArray()));
  const drumsOnly = new Midi();
  const d = drumsOnly.addTrack();
  d.channel = 9;
  d.addNote({ midi: 36, ticks: 0, durationTicks: 240 });
  put('bad/drums-only.mid', Buffer.from(drumsOnly.toArray()));
  put('bad/not-midi.mid', 'This is a text file, not a MIDI file.\n');

  put('wav/vowels-16k.wav', wav([vowels(1.5, 16000, 1)], 16000, '16'));
  put('wav/vowels-22k-stereo-24bit.wav', wav([vowels(0.3, 22050, 2), vowels(0.3, 22050, 3)], 22050, '24'));
  put('wav/vowels-16k-float32.wav', wav([vowels(0.25, 16000, 4)], 16000, '32f'));
  put('wav/vowels-16k-pcm32.wav', wav([vowels(0.1, 16000, 5)], 16000, '32'));
  const mulaw = new WaveFile();
  mulaw.fromScratch(
    1,
    8000,
    '16',
    Array.from(vowels(0.1, 8000, 6), (v) => Math.round(v * 32767)),
  );
  mulaw.toMuLaw();
  put('bad/mulaw.wav', Buffer.from(mulaw.toBuffer()));
  put('bad/not-a-wav.wav', 'RIFX? no: plain text pretending to be audio\n');

  put('csv/walks.csv', walksCsv(12, 10, 7));
  put('bad/missing-cell.csv', 'sequence,x,y\r\n"a, 1",0.5,1\r\n"a, 1",0.25\r\n');
  put('bad/binary.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]));

  put('quickdraw/cat.ndjson', quickDraw(30, 11));
  put('bad/not-a-drawing.ndjson', `${quickDraw(2, 12)}{"word":"cat","strokes":[]}\n`);
  put('bad/malformed.ndjson', `${quickDraw(1, 13)}{"word": "cat", "drawing": [[[1, 2], [3\n`);
}

function writeLarge(root) {
  mkdirSync(root, { recursive: true });
  const text =
    'The variational recurrent neural network adds a latent random variable to every step of a recurrent network. ' +
    'It was trained on raw speech, on handwriting, and on music. This file is thirty seconds of synthetic speech, ' +
    'read by a speech synthesiser, so that the model has something to listen to. One two three four five six seven ' +
    'eight nine ten. The quick brown fox jumps over the lazy dog, and the five boxing wizards jump quickly. ' +
    'Pack my box with five dozen liquor jugs. How vexingly quick daft zebras jump. Sphinx of black quartz, judge my vow.';
  const out = join(root, 'speech.wav');
  try {
    execFileSync('espeak-ng', ['-v', 'en', '-s', '150', '-w', out, text], { stdio: 'ignore' });
    // Trim or pad to exactly 30 s at espeak-ng's own rate (22050 Hz, 16-bit).
    const w = new WaveFile(readFileSync(out));
    const rate = w.fmt.sampleRate;
    const s = Array.from(w.getSamples(false, Int16Array)).slice(0, 30 * rate);
    while (s.length < 30 * rate) s.push(0);
    const t = new WaveFile();
    t.fromScratch(1, rate, '16', s);
    writeFileSync(out, Buffer.from(t.toBuffer()));
    console.log(`${out}: 30 s of espeak-ng speech at ${rate} Hz`);
  } catch {
    writeFileSync(out, wav([vowels(30, 16000, 21)], 16000, '16'));
    console.log(`${out}: 30 s of synthesised vowels (espeak-ng not found)`);
  }
  writeFileSync(join(root, 'walks.csv'), walksCsv(300, 24, 22));
  writeFileSync(join(root, 'cats.ndjson'), quickDraw(600, 23));
  console.log(`${root}: speech.wav, walks.csv (300 sequences), cats.ndjson (600 drawings)`);
}

const large = process.argv.indexOf('--large');
if (large >= 0) writeLarge(process.argv[large + 1] ?? 'byod-data');
else {
  writeFixtures(join(here, '..', 'fixtures'));
  console.log(`wrote ${join(here, '..', 'fixtures')}`);
}
