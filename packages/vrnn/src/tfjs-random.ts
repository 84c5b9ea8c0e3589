// tfjs-core 4's seeded random streams, reproduced so noise can be written straight into engine memory:
// seedrandom's alea (Baagøe, MIT) is seeded here; the kernel engine's fill_uniform / fill_normal
// (csrc/random.c) then draw tf.randomUniform's and tf.randomNormal's values bit for bit.
// tfjs-random.test.ts checks the streams against tfjs's own.

/**
 * The alea state (s0, s1, s2, c) that `tf.randomNormal` (`normal`) or `tf.randomUniform` starts from for
 * `seed`: seedrandom's `alea(String(seed))`. Without a seed, a fresh `Math.random()` one — and
 * tf.randomNormal also treats seed 0 so, as tfjs-core does.
 */
export function aleaState(seed: number | undefined, normal: boolean): [number, number, number, number] {
  const key = String((normal ? !seed : seed == null) ? Math.random() : seed);
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
  s0 -= mash(key);
  if (s0 < 0) s0 += 1;
  s1 -= mash(key);
  if (s1 < 0) s1 += 1;
  s2 -= mash(key);
  if (s2 < 0) s2 += 1;
  return [s0, s1, s2, 1];
}
