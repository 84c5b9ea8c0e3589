import * as tf from '@tensorflow/tfjs-core';

let validateByDefault = true;

/**
 * Turns the value checks that constructors and `logProb` run (NaN parameters, non-positive scales,
 * samples outside the support) on or off for every distribution built afterwards without an explicit
 * `validateArgs` option. The checks read parameter values synchronously, which is cheap on cpu and
 * wasm (tens of µs per distribution); on webgpu (and webgl) they are skipped, since a synchronous read
 * would stall the GPU (and is impossible in Node). Shape checks always run. Defaults to `true`.
 * @param value `true` to check values, `false` to skip the checks.
 */
export function setDefaultValidateArgs(value: boolean): void {
  if (typeof value !== 'boolean') throw new Error(`setDefaultValidateArgs: value must be a boolean, found ${String(value)}.`);
  validateByDefault = value;
}

/** Whether distributions built without an explicit `validateArgs` option check parameter values. */
export function getDefaultValidateArgs(): boolean {
  return validateByDefault;
}

/** Options every distribution constructor accepts. */
export interface DistributionOptions {
  /**
   * Check parameter values (NaN, positivity, range) and, in `logProb`, that samples lie in the support.
   * Defaults to the global setting ({@link setDefaultValidateArgs}), initially `true`.
   */
  validateArgs?: boolean;
}

/** Internal option: the caller built `scale` as softplus(·) + minScale from NaN-checked input, so it needs no check. */
export const SCALE_IS_DERIVED: unique symbol = Symbol('probseq.scaleIsDerived');

/** Constructor options plus the internal flag {@link SCALE_IS_DERIVED}. */
export type InternalOptions = DistributionOptions & { [SCALE_IS_DERIVED]?: boolean };

export function resolveValidate(options: DistributionOptions | undefined): boolean {
  return options?.validateArgs ?? validateByDefault;
}

export function shapeStr(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

export function assertTensor(x: unknown, name: string, owner: string): asserts x is tf.Tensor {
  if (!(x instanceof tf.Tensor)) {
    const found = x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x;
    throw new Error(`${owner}: ${name} must be a tf.Tensor, found ${found}.`);
  }
  if (x.isDisposed) throw new Error(`${owner}: ${name} has been disposed.`);
}

export function assertFloat(x: tf.Tensor, name: string, owner: string): void {
  if (x.dtype !== 'float32') throw new Error(`${owner}: ${name} must have dtype float32, found ${x.dtype} (shape ${shapeStr(x.shape)}).`);
}

export function assertMinRank(x: tf.Tensor, rank: number, name: string, owner: string, expected: string): void {
  if (x.rank < rank) throw new Error(`${owner}: ${name} must have shape ${expected}, found ${shapeStr(x.shape)}.`);
}

/** NumPy broadcasting of two shapes, or `null` when they do not broadcast. */
export function tryBroadcast(a: readonly number[], b: readonly number[]): number[] | null {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) return null;
    out[i] = da === 1 ? db : da;
  }
  return out;
}

export function broadcastOrThrow(
  owner: string,
  parts: ReadonlyArray<readonly [string, readonly number[]]>,
  what = 'batch shapes',
): number[] {
  let shape: number[] = [];
  for (const [, s] of parts) {
    const next = tryBroadcast(shape, s);
    if (next === null) {
      const list = parts.map(([n, sh]) => `${n} ${shapeStr(sh)}`).join(', ');
      throw new Error(`${owner}: ${what} do not broadcast: ${list}.`);
    }
    shape = next;
  }
  return shape;
}

function indexOf(flat: number, shape: readonly number[]): string {
  const idx = new Array<number>(shape.length);
  let r = flat;
  for (let i = shape.length - 1; i >= 0; i--) {
    idx[i] = r % shape[i];
    r = Math.floor(r / shape[i]);
  }
  return shapeStr(idx);
}

/**
 * Value checks run only where tensor data live in host memory (cpu, wasm): on webgpu a synchronous read
 * would stall the GPU queue, and in Node it is impossible (tfjs-backend-webgpu reads synchronously
 * through an OffscreenCanvas).
 */
function valuesReadableOnHost(): boolean {
  const backend = tf.getBackend();
  return backend !== 'webgpu' && backend !== 'webgl';
}

export type ValueRule = 'not-nan' | 'positive' | 'unit-interval' | 'binary-interval' | 'index';

/**
 * Reads `x` back and throws on the first element that breaks `rule`, naming the element's index
 * and value. `limit` is the exclusive upper bound for `index`.
 */
export function checkValues(x: tf.Tensor, name: string, owner: string, rule: ValueRule, limit = 0): void {
  if (!valuesReadableOnHost()) return;
  const data = x.dataSync();
  const bad = firstViolation(data, rule, limit);
  if (bad < 0) return;
  const v = data[bad];
  const problem = Number.isNaN(v)
    ? 'is NaN'
    : rule === 'positive'
      ? `is ${v}, expected > 0`
      : rule === 'index'
        ? `is ${v}, expected an integer in [0, ${limit - 1}]`
        : `is ${v}, expected a value in [0, 1]`;
  const at = x.rank === 0 ? '' : ` at index ${indexOf(bad, x.shape)}`;
  throw new Error(`${owner}: ${name}${at} ${problem} (${name} shape ${shapeStr(x.shape)}).`);
}

/** Index of the first element breaking `rule` (NaN always does), or -1. One tight loop per rule. */
function firstViolation(data: ArrayLike<number>, rule: ValueRule, limit: number): number {
  const n = data.length;
  switch (rule) {
    case 'not-nan':
      for (let i = 0; i < n; i++) if (data[i] !== data[i]) return i;
      return -1;
    case 'positive':
      for (let i = 0; i < n; i++) if (!(data[i] > 0)) return i;
      return -1;
    case 'unit-interval':
    case 'binary-interval':
      for (let i = 0; i < n; i++) if (!(data[i] >= 0 && data[i] <= 1)) return i;
      return -1;
    case 'index':
      for (let i = 0; i < n; i++) {
        const v = data[i];
        if (!(v >= 0 && v < limit && Math.floor(v) === v)) return i;
      }
      return -1;
  }
}

export function checkSampleShape(sampleShape: unknown, owner: string): number[] {
  if (!Array.isArray(sampleShape) || !sampleShape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw new Error(`${owner}: sampleShape must be an array of non-negative integers, found ${JSON.stringify(sampleShape)}.`);
  }
  return sampleShape as number[];
}

export function checkSeed(seed: unknown, owner: string): number | undefined {
  if (seed === undefined) return undefined;
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new Error(`${owner}: seed must be a finite number or undefined, found ${String(seed)}.`);
  }
  return seed;
}
