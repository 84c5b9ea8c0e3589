/**
 * Key finding by the Krumhansl–Schmuckler method: correlate a piece's duration-weighted pitch-class
 * histogram with the Krumhansl–Kessler major and minor profiles rotated to each of the 12 tonics;
 * the best Pearson correlation names the key.
 */
const MAJOR = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88];
const MINOR = [6.33, 2.68, 3.52, 5.38, 2.6, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17];

/** A key: tonic pitch class (0 = C … 11 = B) and mode. */
export interface MusicalKey {
  tonic: number;
  mode: 'major' | 'minor';
}

function correlation(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    ab += (a[i] - ma) * (b[i] - mb);
    aa += (a[i] - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  }
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

/**
 * The most likely key of a 12-bin pitch-class histogram (e.g. total note duration per pitch class).
 * @param pitchClassWeights - 12 non-negative weights, C first.
 */
export function estimateKey(pitchClassWeights: readonly number[]): MusicalKey {
  let best: MusicalKey = { tonic: 0, mode: 'major' };
  let bestR = -Infinity;
  for (const [mode, profile] of [
    ['major', MAJOR],
    ['minor', MINOR],
  ] as const) {
    for (let tonic = 0; tonic < 12; tonic++) {
      const rotated = profile.map((_, pc) => profile[(pc - tonic + 12) % 12]);
      const r = correlation(pitchClassWeights, rotated);
      if (r > bestR) {
        bestR = r;
        best = { tonic, mode };
      }
    }
  }
  return best;
}

/**
 * The semitone shift in −6..5 that moves `tonic` to C.
 * @param tonic - the key's tonic as a pitch class, 0 = C … 11 = B.
 */
export function shiftToC(tonic: number): number {
  const s = (12 - (tonic % 12)) % 12;
  return s > 5 ? s - 12 : s;
}

const NAMES: Record<string, number> = {
  C: 0,
  'C#': 1,
  Db: 1,
  D: 2,
  'D#': 3,
  Eb: 3,
  E: 4,
  Fb: 4,
  F: 5,
  'E#': 5,
  'F#': 6,
  Gb: 6,
  G: 7,
  'G#': 8,
  Ab: 8,
  A: 9,
  'A#': 10,
  Bb: 10,
  B: 11,
  Cb: 11,
  'B#': 0,
};

/** Pitch class of a key name such as `F#` or `Bb`; undefined for anything else. */
export function pitchClassOf(name: string): number | undefined {
  return NAMES[name];
}
