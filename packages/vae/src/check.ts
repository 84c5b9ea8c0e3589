import type * as tf from '@tensorflow/tfjs-core';

/** Throws unless `n` is a positive integer. */
export function checkPositiveInt(what: string, n: unknown): void {
  if (!Number.isInteger(n) || (n as number) < 1) throw new Error(`${what} must be a positive integer, found ${String(n)}`);
}

/** Checks a layer's input width and list of layer sizes. */
export function checkSizes(what: string, inFeatures: number, sizes: number[]): void {
  checkPositiveInt(`${what}: inFeatures`, inFeatures);
  if (!Array.isArray(sizes)) throw new Error(`${what}: sizes must be an array of positive integers, found ${String(sizes)}`);
  sizes.forEach((s, i) => checkPositiveInt(`${what}: sizes[${i}]`, s));
}

/** Throws unless the last dimension of `x` is `width`. */
export function checkLastDim(what: string, x: tf.Tensor, width: number): void {
  if (x.rank < 1 || x.shape[x.rank - 1] !== width) {
    throw new Error(`${what}: expected last dimension ${width}, found shape [${x.shape.join(', ')}]`);
  }
}
