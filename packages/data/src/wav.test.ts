import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from './read-path';
import { decodeWav, encodeWav, frameAudio } from './wav';

const FIXTURES = join(__dirname, '..', 'fixtures');
const bytes = (rel: string) => new Uint8Array(readFileSync(join(FIXTURES, rel)));

/** Reads the `data` chunk by hand (the independent truth the library is checked against). */
function dataChunk(b: Uint8Array): {
  fmt: { channels: number; rate: number; bits: number; code: number };
  data: DataView;
} {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let fmt = { channels: 0, rate: 0, bits: 0, code: 0 };
  for (let at = 12; at + 8 <= b.length;) {
    const id = String.fromCharCode(...b.slice(at, at + 4));
    const size = v.getUint32(at + 4, true);
    if (id === 'fmt ')
      fmt = {
        code: v.getUint16(at + 8, true),
        channels: v.getUint16(at + 10, true),
        rate: v.getUint32(at + 12, true),
        bits: v.getUint16(at + 22, true),
      };
    if (id === 'data') return { fmt, data: new DataView(b.buffer, b.byteOffset + at + 8, size) };
    at += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

describe('WAV decoding', () => {
  it('decodes 16-bit PCM exactly', () => {
    const b = bytes('wav/vowels-16k.wav');
    const { fmt, data } = dataChunk(b);
    expect(fmt).toMatchObject({ channels: 1, rate: 16000, bits: 16, code: 1 });
    const a = decodeWav(b, 'v.wav');
    expect(a.sampleRate).toBe(16000);
    expect(a.samples.length).toBe(data.byteLength / 2);
    for (let i = 0; i < a.samples.length; i += 97) expect(a.samples[i]).toBe(data.getInt16(2 * i, true) / 32768);
  });

  it('mixes 24-bit stereo down to mono, and reads 32-bit PCM and 32-bit float', () => {
    const b = bytes('wav/vowels-22k-stereo-24bit.wav');
    const { fmt, data } = dataChunk(b);
    expect(fmt).toMatchObject({ channels: 2, bits: 24 });
    const int24 = (o: number) =>
      (data.getUint8(o) | (data.getUint8(o + 1) << 8) | (data.getInt8(o + 2) << 16)) / 2 ** 23;
    const a = decodeWav(b, 's.wav');
    expect(a.sampleRate).toBe(22050);
    for (let i = 0; i < a.samples.length; i += 101)
      expect(a.samples[i]).toBeCloseTo((int24(6 * i) + int24(6 * i + 3)) / 2, 12);
    const f = bytes('wav/vowels-16k-float32.wav');
    const fd = dataChunk(f);
    expect(fd.fmt).toMatchObject({ code: 3, bits: 32 });
    const af = decodeWav(f, 'f.wav');
    for (let i = 0; i < af.samples.length; i += 89) expect(af.samples[i]).toBe(fd.data.getFloat32(4 * i, true));
    const p = bytes('wav/vowels-16k-pcm32.wav');
    const pd = dataChunk(p);
    const ap = decodeWav(p, 'p.wav');
    for (let i = 0; i < ap.samples.length; i += 53) expect(ap.samples[i]).toBe(pd.data.getInt32(4 * i, true) / 2 ** 31);
  });

  it('resamples a 440 Hz tone from 44.1 kHz to 16 kHz keeping its pitch', () => {
    const n = 44100;
    const tone = Array.from({ length: n }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / 44100));
    const a = decodeWav(encodeWav(tone, 44100), 'tone.wav', 16000);
    expect(a.sampleRate).toBe(16000);
    expect(Math.abs(a.samples.length - 16000)).toBeLessThanOrEqual(1);
    let crossings = 0;
    for (let i = 1; i < a.samples.length; i++) if (a.samples[i - 1] < 0 && a.samples[i] >= 0) crossings++;
    expect(Math.abs(crossings - 440)).toBeLessThanOrEqual(1);
    // Amplitude is kept away from the edges (the low-pass filter passes 440 Hz).
    const mid = a.samples.slice(2000, 14000);
    expect(Math.max(...mid)).toBeCloseTo(0.5, 1);
  });

  it('round-trips through encodeWav within one 16-bit step, clipping to [−1, 1]', () => {
    const x = [0, 0.25, -0.5, 0.999, 1.5, -2, Number.NaN];
    const y = decodeWav(encodeWav(x, 8000), 'r.wav').samples;
    const expected = [0, 0.25, -0.5, 0.999, 1, -1, 0];
    expected.forEach((e, i) => expect(Math.abs(y[i] - e)).toBeLessThanOrEqual(1 / 32767));
  });

  it('frames audio and names the file when the encoding is unsupported or the file is not WAV', async () => {
    expect(frameAudio([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(() => decodeWav(bytes('bad/mulaw.wav'), 'bad/mulaw.wav')).toThrow(
      'bad/mulaw.wav: fmt chunk: expected PCM (8/16/24/32-bit) or IEEE float (32/64-bit) samples, found µ-law (0x0007), 8-bit',
    );
    expect(() => decodeWav(bytes('bad/not-a-wav.wav'), 'bad/not-a-wav.wav')).toThrow(
      'bad/not-a-wav.wav: expected a RIFF/WAVE file (starting with "RIFF"…"WAVE"), found a file starting with "RIFX"',
    );
    await expect(readDataset(join(FIXTURES, 'bad', 'mulaw.wav'))).rejects.toThrow(
      /mulaw\.wav: fmt chunk: expected PCM/,
    );
  });

  it('reads a WAV into frames of 200 samples, segments of 40 frames', async () => {
    const ds = await readDataset(join(FIXTURES, 'wav', 'vowels-16k.wav'), { wav: { segmentFrames: 10 } });
    expect(ds).toMatchObject({ kind: 'real', dims: 200, audio: { sampleRate: 16000, frameSize: 200 } });
    const all = [...ds.splits.train, ...ds.splits.valid, ...ds.splits.test];
    // 1.5 s at 16 kHz = 24000 samples = 120 frames = 12 sequences of 10 frames.
    expect(all.length).toBe(12);
    expect(all.every((s) => s.length === 10 && s.every((f) => f.length === 200))).toBe(true);
    const samples = decodeWav(bytes('wav/vowels-16k.wav'), 'v.wav').samples;
    const first = all.find((s) => s[0][0] === samples[0] && s[0][199] === samples[199]);
    expect(first).toBeDefined();
    // A folder: the 22.05 kHz stereo file is resampled to 16 kHz like the rest.
    const folder = await readDataset(join(FIXTURES, 'wav'), { wav: { segmentFrames: 5 } });
    expect(folder.source).toBe(join(FIXTURES, 'wav'));
    expect(folder.dims).toBe(200);
  });
});
