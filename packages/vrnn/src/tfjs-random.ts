// tfjs-core 4's seeded generators, replicated so noise can be written straight into engine memory:
// seedrandom's alea (Baagøe, MIT) and the Marsaglia polar method of tf.randomNormal. tfjs-random.test.ts
// checks that the streams equal tfjs's own.

/** alea's state (s0, s1, s2, c), kept in a typed array so the draw loops run on unboxed locals. */
const aleaState = new Float64Array(4);

/**
 * Seeds seedrandom's `alea` (Baagøe's generator, MIT), the generator behind `tf.randomNormal` and
 * `tf.randomUniform` in tfjs-core 4, into {@link aleaState}: the same seed string gives the same stream,
 * so the draws below equal what those ops draw, without making tensors.
 */
function aleaSeed(seed: string): void {
  let n = 0xefc8249d;
  const mash = (data: string) => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * 2.3283064365386963e-10;
  };
  let s0 = mash(' ');
  let s1 = mash(' ');
  let s2 = mash(' ');
  s0 -= mash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash(seed);
  if (s2 < 0) s2 += 1;
  aleaState[0] = s0;
  aleaState[1] = s1;
  aleaState[2] = s2;
  aleaState[3] = 1;
}

/** `tf.randomNormal([n], 0, 1, 'float32', seed)` into dst[at …]: tfjs's Marsaglia polar method over alea. */
export function fillNormal(dst: Float32Array, at: number, n: number, seed: number | undefined): void {
  aleaSeed(String(seed ? seed : Math.random()));
  let s0 = aleaState[0],
    s1 = aleaState[1],
    s2 = aleaState[2],
    c = aleaState[3];
  for (let i = 0; i < n;) {
    let v1: number, v2: number, s: number;
    do {
      let t = 2091639 * s0 + c * 2.3283064365386963e-10;
      s0 = s1;
      s1 = s2;
      c = t | 0;
      s2 = t - c;
      v1 = 2 * s2 - 1;
      t = 2091639 * s0 + c * 2.3283064365386963e-10;
      s0 = s1;
      s1 = s2;
      c = t | 0;
      s2 = t - c;
      v2 = 2 * s2 - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s === 0);
    const mul = Math.sqrt((-2.0 * Math.log(s)) / s);
    dst[at + i++] = v1 * mul;
    if (i < n) dst[at + i++] = v2 * mul;
  }
}

/** `tf.randomUniform([n], 0, 1, 'float32', seed)` into dst[at …]. */
export function fillUniform(dst: Float32Array, at: number, n: number, seed: number | undefined): void {
  aleaSeed(String(seed == null ? Math.random() : seed));
  let s0 = aleaState[0],
    s1 = aleaState[1],
    s2 = aleaState[2],
    c = aleaState[3];
  for (let i = 0; i < n; i++) {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    dst[at + i] = s2;
  }
}

