import * as tf from '@tensorflow/tfjs-core';
import { SeededRandom } from './random';

/** The weight initialisers every layer accepts. */
export type InitName = 'torch' | 'glorot' | 'orthogonal' | 'zeros';

function checkShape(shape: number[], fn: string): void {
  if (!Array.isArray(shape) || shape.length === 0 || shape.some((d) => !Number.isInteger(d) || d <= 0)) {
    throw new Error(`${fn}: shape must be a non-empty list of positive integers, found [${String(shape)}]`);
  }
}

function fans(shape: number[]): [number, number] {
  if (shape.length === 1) return [shape[0], shape[0]];
  // Weights are stored [in, out]; leading dimensions beyond two count as receptive field.
  const receptive = shape.slice(0, -2).reduce((a, b) => a * b, 1);
  return [shape[shape.length - 2] * receptive, shape[shape.length - 1] * receptive];
}

/**
 * Uniform on [-bound, bound) from the seeded generator, as a float32 tensor.
 * @param shape The tensor's shape (positive integers).
 * @param bound Half-width of the interval.
 * @param seed Any finite number; equal seeds give equal values.
 */
export function uniformInit(shape: number[], bound: number, seed: number): tf.Tensor {
  checkShape(shape, 'uniformInit');
  const rng = new SeededRandom(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(n);
  for (let i = 0; i < n; i++) values[i] = (2 * rng.uniform() - 1) * bound;
  return tf.tensor(values, shape, 'float32');
}

/**
 * PyTorch's default for `nn.Linear` and the RNN cells: U(−1/√fanIn, 1/√fanIn).
 * `fanIn` defaults to the first dimension of an `[in, out]` weight; pass it for biases.
 * @param shape The tensor's shape; a weight is `[in, out]`.
 * @param seed Any finite number; equal seeds give equal values.
 * @param fanIn The layer's input width (default: the first dimension of `shape`).
 */
export function torchUniform(shape: number[], seed: number, fanIn?: number): tf.Tensor {
  checkShape(shape, 'torchUniform');
  const fin = fanIn ?? fans(shape)[0];
  return uniformInit(shape, 1 / Math.sqrt(fin), seed);
}

/**
 * Glorot (Xavier) uniform: U(−a, a) with a = gain·√(6 / (fanIn + fanOut)).
 * @param shape The tensor's shape; a weight is `[in, out]`.
 * @param seed Any finite number; equal seeds give equal values.
 * @param gain Scale factor (default 1).
 */
export function glorotUniform(shape: number[], seed: number, gain = 1): tf.Tensor {
  checkShape(shape, 'glorotUniform');
  const [fin, fout] = fans(shape);
  return uniformInit(shape, gain * Math.sqrt(6 / (fin + fout)), seed);
}

/**
 * All zeros.
 * @param shape The tensor's shape (positive integers).
 */
export function zerosInit(shape: number[]): tf.Tensor {
  checkShape(shape, 'zerosInit');
  return tf.zeros(shape, 'float32');
}

/**
 * A (semi-)orthogonal matrix of shape `[rows, cols]` times `gain`: Householder QR of a seeded
 * Gaussian matrix in float64, with the signs of R's diagonal folded into Q (as `torch.nn.init.orthogonal_`),
 * so the result is Haar-distributed. Rows are orthonormal when rows ≤ cols, columns otherwise.
 * Shapes with more than two dimensions are flattened to `[prod(leading), last]`.
 * @param shape `[rows, cols]` (more dimensions are flattened).
 * @param seed Any finite number; equal seeds give equal values.
 * @param gain Scale factor (default 1).
 */
export function orthogonal(shape: number[], seed: number, gain = 1): tf.Tensor {
  checkShape(shape, 'orthogonal');
  if (shape.length < 2) throw new Error(`orthogonal: needs at least 2 dimensions, found shape [${shape}]`);
  const cols = shape[shape.length - 1];
  const rows = shape.slice(0, -1).reduce((a, b) => a * b, 1);
  const tall = rows >= cols;
  const m = tall ? rows : cols;
  const n = tall ? cols : rows;
  const rng = new SeededRandom(seed);
  // a is m×n (m ≥ n), column-major for cache-friendly Householder updates.
  const a = new Float64Array(m * n);
  for (let i = 0; i < m * n; i++) a[i] = rng.normal();
  const q = householderQ(a, m, n);
  const values = new Float32Array(rows * cols);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const v = gain * q[j * m + i];
      if (tall) values[i * cols + j] = v;
      else values[j * cols + i] = v;
    }
  }
  return tf.tensor(values, shape, 'float32');
}

/** Thin Q (m×n, column-major) of a column-major m×n matrix, with sign(diag R) folded in. */
function householderQ(a: Float64Array, m: number, n: number): Float64Array {
  const vs: Float64Array[] = [];
  const rdiagSign = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm += a[k * m + i] ** 2;
    norm = Math.sqrt(norm);
    const x0 = a[k * m + k];
    const alpha = x0 >= 0 ? -norm : norm;
    rdiagSign[k] = alpha >= 0 ? 1 : -1;
    const v = new Float64Array(m);
    v[k] = x0 - alpha;
    for (let i = k + 1; i < m; i++) v[i] = a[k * m + i];
    let vnorm2 = 0;
    for (let i = k; i < m; i++) vnorm2 += v[i] * v[i];
    if (vnorm2 > 0) {
      for (let j = k; j < n; j++) {
        let dot = 0;
        for (let i = k; i < m; i++) dot += v[i] * a[j * m + i];
        const f = (2 * dot) / vnorm2;
        for (let i = k; i < m; i++) a[j * m + i] -= f * v[i];
      }
    }
    vs.push(vnorm2 > 0 ? v : new Float64Array(0));
  }
  // Q = H_0 H_1 … H_{n-1} applied to the first n columns of the identity.
  const q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) q[j * m + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    const v = vs[k];
    if (v.length === 0) continue;
    let vnorm2 = 0;
    for (let i = k; i < m; i++) vnorm2 += v[i] * v[i];
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let i = k; i < m; i++) dot += v[i] * q[j * m + i];
      const f = (2 * dot) / vnorm2;
      for (let i = k; i < m; i++) q[j * m + i] -= f * v[i];
    }
  }
  for (let j = 0; j < n; j++) {
    if (rdiagSign[j] < 0) for (let i = 0; i < m; i++) q[j * m + i] = -q[j * m + i];
  }
  return q;
}

/**
 * Builds a weight of `shape` with the named initialiser.
 * @param init `torch`, `glorot`, `orthogonal` or `zeros`.
 * @param shape The tensor's shape; a weight is `[in, out]`.
 * @param seed Any finite number; equal seeds give equal values.
 * @param gain Scale factor for `glorot` and `orthogonal` (default 1).
 */
export function initWeight(init: InitName, shape: number[], seed: number, gain = 1): tf.Tensor {
  switch (init) {
    case 'torch':
      return torchUniform(shape, seed);
    case 'glorot':
      return glorotUniform(shape, seed, gain);
    case 'orthogonal':
      return orthogonal(shape, seed, gain);
    case 'zeros':
      return zerosInit(shape);
    default:
      throw new Error(`init must be one of 'torch', 'glorot', 'orthogonal', 'zeros', found '${String(init)}'`);
  }
}
