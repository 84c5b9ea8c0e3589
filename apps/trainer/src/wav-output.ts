import { encodeWav, type AudioFraming } from '@probseq/data';

/** Seconds of silence between consecutive samples in `samples.wav`. */
const GAP_SECONDS = 0.25;

/** Joins generated frames (`[T][frameSize]` per sequence) into one waveform per sequence. */
export function framesToWaveforms(sequences: readonly (readonly (readonly number[])[])[]): Float64Array[] {
  return sequences.map((s) => Float64Array.from(s.flat()));
}

/**
 * The audio of generated sequences: all of them in one mono 16-bit WAV, one after another with a
 * quarter second of silence between them, at the data's sample rate (values clipped to [−1, 1]).
 */
export function samplesWav(waveforms: readonly Float64Array[], audio: AudioFraming): Uint8Array {
  const gap = Math.round(GAP_SECONDS * audio.sampleRate);
  const total = waveforms.reduce((a, w) => a + w.length, 0) + gap * Math.max(0, waveforms.length - 1);
  const out = new Float64Array(total);
  let at = 0;
  for (const w of waveforms) {
    out.set(w, at);
    at += w.length + gap;
  }
  return encodeWav(out, audio.sampleRate);
}

/**
 * A waveform picture: one row per sequence, each pixel column the minimum-to-maximum range of the
 * samples it covers (as audio editors draw it), time in seconds below, amplitude −1…1.
 */
export function waveformSvg(waveforms: readonly Float64Array[], audio: AudioFraming, width = 720): string {
  const rowH = 90;
  const L = 40;
  const R = 10;
  const T = 10;
  const height = T + waveforms.length * rowH + 30;
  const plotW = width - L - R;
  const longest = Math.max(1, ...waveforms.map((w) => w.length));
  const seconds = longest / audio.sampleRate;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
  ];
  waveforms.forEach((w, r) => {
    const mid = T + r * rowH + rowH / 2;
    const amp = rowH / 2 - 6;
    const y = (v: number) => (mid - Math.max(-1, Math.min(1, v)) * amp).toFixed(1);
    parts.push(`<line x1="${L}" y1="${mid}" x2="${width - R}" y2="${mid}" stroke="#ddd"/>`);
    parts.push(`<text x="${L - 6}" y="${mid + 4}" text-anchor="end">${r + 1}</text>`);
    const cols = Math.max(1, Math.round((plotW * w.length) / longest));
    const d: string[] = [];
    for (let c = 0; c < cols; c++) {
      const a = Math.floor((c * w.length) / cols);
      const b = Math.max(a + 1, Math.floor(((c + 1) * w.length) / cols));
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = a; i < b && i < w.length; i++) {
        lo = Math.min(lo, w[i]);
        hi = Math.max(hi, w[i]);
      }
      if (!Number.isFinite(lo)) continue;
      d.push(`M${L + c + 0.5} ${y(hi)}V${y(lo)}`);
    }
    parts.push(`<path d="${d.join('')}" stroke="#1f4e9c" stroke-width="1" fill="none"/>`);
  });
  const base = T + waveforms.length * rowH + 4;
  const step = seconds <= 1 ? 0.1 : seconds <= 5 ? 0.5 : 1;
  for (let s = 0; s <= seconds + 1e-9; s += step) {
    const x = (L + (s / seconds) * plotW).toFixed(1);
    parts.push(`<line x1="${x}" y1="${base}" x2="${x}" y2="${base + 4}" stroke="#333"/>`);
    parts.push(`<text x="${x}" y="${base + 16}" text-anchor="middle">${Number(s.toFixed(2))}</text>`);
  }
  parts.push(`<text x="${width - R}" y="${base + 16}" text-anchor="end">s</text>`, '</svg>');
  return parts.join('\n');
}
