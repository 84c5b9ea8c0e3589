import type { Rng } from './random';

/**
 * The lowest and highest key a piano roll sounds (its active columns), or null when it is silent.
 * @param roll Steps × keys of 0/1.
 */
export function keySpan(roll: number[][]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const step of roll) {
    for (let k = 0; k < step.length; k++) {
      if (step[k] === 0) continue;
      if (k < lo) lo = k;
      if (k > hi) hi = k;
    }
  }
  return lo === Infinity ? null : [lo, hi];
}

/**
 * The shifts s with |s| ≤ `maxShift` that keep every note of the roll on the keyboard: [lo, hi].
 * @param roll Steps × keys of 0/1.
 * @param maxShift The largest transposition allowed, in keys (semitones).
 */
export function transpositionRange(roll: number[][], maxShift: number): [number, number] {
  const span = keySpan(roll);
  if (!span) return [-maxShift, maxShift];
  const keys = roll[0].length;
  return [Math.max(-maxShift, -span[0]), Math.min(maxShift, keys - 1 - span[1])];
}

/**
 * The roll transposed by `shift` keys: column k moves to k + shift (up in pitch for shift > 0).
 * @param roll Steps × keys of 0/1.
 * @param shift Keys (semitones) to move by; every note must stay on the keyboard.
 */
export function transposeRoll(roll: number[][], shift: number): number[][] {
  if (!Number.isInteger(shift)) throw new Error(`transposeRoll: shift must be an integer, found ${shift}`);
  if (shift === 0) return roll;
  const span = keySpan(roll);
  const keys = roll.length ? roll[0].length : 0;
  if (span && (span[0] + shift < 0 || span[1] + shift > keys - 1)) {
    throw new Error(`transposeRoll: a shift of ${shift} moves keys ${span[0]}–${span[1]} off a keyboard of ${keys}`);
  }
  return roll.map((step) => {
    const out = new Array<number>(keys).fill(0);
    for (let k = 0; k < keys; k++) if (step[k] !== 0) out[k + shift] = step[k];
    return out;
  });
}

/**
 * Data augmentation for piano rolls: the roll transposed by a shift drawn uniformly from the shifts of at
 * most `maxShift` keys that keep it on the keyboard (0 included).
 * @param roll Steps × keys of 0/1.
 * @param maxShift The largest transposition, in keys (semitones).
 * @param rng Where the shift is drawn from.
 */
export function randomTransposition(roll: number[][], maxShift: number, rng: Rng): number[][] {
  const [lo, hi] = transpositionRange(roll, maxShift);
  return transposeRoll(roll, lo + rng.int(hi - lo + 1));
}
