import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine } from './kernel-engine';
import { wasmOutputFrom, wasmTensorView } from './wasm-heap';

type KernelFunc = tf.KernelConfig['kernelFunc'];
type KernelArgs = Parameters<KernelFunc>[0];

const stock = new Map<string, tf.KernelConfig>();
/** tfjs-wasm's own kernel for `name` (saved before the first override). */
const stockKernel = (name: string, args: KernelArgs) => stock.get(name)!.kernelFunc(args);

const size = (shape: number[]) => shape.reduce((p, d) => p * d, 1);

/**
 * `BatchMatMul` / `_FusedMatMul` on the kernel engine: float32 operands, batch dimensions equal or 1
 * on one side, bias along the last axis, linear or ReLU activation. Anything else — and any call while
 * the engine is stopped — goes to tfjs-wasm's own kernel.
 */
function engineMatMul(name: string): KernelFunc {
  return (args: KernelArgs) => {
    const fallback = () => stockKernel(name, args);
    const engine = getKernelEngine();
    const { a, b, bias, preluActivationWeights } = args.inputs as Record<string, tf.TensorInfo | undefined>;
    const attrs = args.attrs as { transposeA: boolean; transposeB: boolean; activation?: string };
    const activation = attrs.activation ?? 'linear';
    if (!engine || !a || !b || a.dtype !== 'float32' || b.dtype !== 'float32' || preluActivationWeights) return fallback();
    if (activation !== 'linear' && activation !== 'relu') return fallback();
    const ra = a.shape.length, rb = b.shape.length;
    if (ra < 2 || rb < 2) return fallback();
    const { transposeA: ta, transposeB: tb } = attrs;
    const m = ta ? a.shape[ra - 1] : a.shape[ra - 2];
    const k = ta ? a.shape[ra - 2] : a.shape[ra - 1];
    const kb = tb ? b.shape[rb - 1] : b.shape[rb - 2];
    const n = tb ? b.shape[rb - 2] : b.shape[rb - 1];
    if (k !== kb) return fallback();
    const batchA = a.shape.slice(0, -2), batchB = b.shape.slice(0, -2);
    const nA = size(batchA), nB = size(batchB);
    let outBatch: number[];
    try {
      outBatch = tf.backend_util.assertAndGetBroadcastShape(batchA, batchB);
    } catch {
      return fallback();
    }
    const nOut = size(outBatch);
    if (!((nA === nOut || nA === 1) && (nB === nOut || nB === 1))) return fallback();
    if (bias && (bias.dtype !== 'float32' || size(bias.shape) !== n || (bias.shape.length > 0 && bias.shape[bias.shape.length - 1] !== n))) {
      return fallback();
    }
    const mark = engine.mark();
    try {
      const aAt = engine.put(wasmTensorView(a));
      const bAt = engine.put(wasmTensorView(b));
      const biasAt = bias ? engine.put(wasmTensorView(bias)) : 0;
      const cAt = engine.alloc(nOut * m * n);
      for (let i = 0; i < nOut; i++) {
        engine.gemm({
          m, n, k,
          a: aAt + (nA > 1 ? i * m * k : 0), ai: ta ? 1 : k, ap: ta ? m : 1,
          b: bAt + (nB > 1 ? i * k * n : 0), bk: tb ? 1 : n, bj: tb ? k : 1,
          c: cAt + i * m * n, ldc: n, bias: biasAt, relu: activation === 'relu',
        });
      }
      return wasmOutputFrom(args.backend, engine.get(cAt, nOut * m * n), [...outBatch, m, n]);
    } finally {
      engine.release(mark);
    }
  };
}

/**
 * `Sum` over leading axes (the bias gradient of every batched affine map): tfjs-wasm transposes the
 * input first, a slow strided copy; the engine sums rows directly.
 */
function engineSum(args: KernelArgs): tf.TensorInfo | tf.TensorInfo[] {
  const engine = getKernelEngine();
  const x = args.inputs.x as tf.TensorInfo;
  const { axis, keepDims } = args.attrs as unknown as { axis: number | number[]; keepDims: boolean };
  const axes = tf.util.parseAxisParam(axis, x.shape).sort((p, q) => p - q);
  const leading = axes.every((a, i) => a === i);
  if (!engine || x.dtype !== 'float32' || !leading || axes.length === 0 || axes.length === x.shape.length) return stockKernel('Sum', args);
  const rows = size(x.shape.slice(0, axes.length));
  const rest = x.shape.slice(axes.length);
  const cols = size(rest);
  const mark = engine.mark();
  try {
    const at = engine.put(wasmTensorView(x));
    const out = engine.alloc(cols);
    engine.exports.col_sum(rows, cols, at * 4, cols, out * 4, 0);
    return wasmOutputFrom(args.backend, engine.get(out, cols), keepDims ? [...axes.map(() => 1), ...rest] : rest);
  } finally {
    engine.release(mark);
  }
}

/** 2-D `Transpose` through the engine's blocked transpose (tfjs-wasm's is a slow element-wise gather). */
function engineTranspose(args: KernelArgs): tf.TensorInfo | tf.TensorInfo[] {
  const engine = getKernelEngine();
  const x = args.inputs.x as tf.TensorInfo;
  const { perm } = args.attrs as unknown as { perm: number[] };
  if (!engine || x.dtype !== 'float32' || x.shape.length !== 2 || perm[0] !== 1 || perm[1] !== 0) return stockKernel('Transpose', args);
  const [rows, cols] = x.shape;
  const mark = engine.mark();
  try {
    const at = engine.put(wasmTensorView(x));
    const out = engine.alloc(rows * cols);
    engine.exports.transpose(rows, cols, at * 4, cols, out * 4);
    return wasmOutputFrom(args.backend, engine.get(out, rows * cols), [cols, rows]);
  } finally {
    engine.release(mark);
  }
}

/**
 * `Tile` of float32 tensors by block copies (tfjs-wasm's computes every output element's source index: about
 * 0.5 µs per element, seconds for the K-fold copies of importance sampling). Needs no engine.
 */
function blockTile(args: KernelArgs): tf.TensorInfo | tf.TensorInfo[] {
  const x = args.inputs.x as tf.TensorInfo;
  const { reps } = args.attrs as unknown as { reps: number[] };
  if (x.dtype !== 'float32' || reps.length !== x.shape.length || x.shape.length === 0) return stockKernel('Tile', args);
  const shape = x.shape;
  const outShape = shape.map((d, i) => d * reps[i]);
  const src = wasmTensorView(x);
  const out = new Float32Array(size(outShape));
  const n = shape.length;
  const srcStride = shape.map((_, i) => size(shape.slice(i + 1)));
  const dstStride = outShape.map((_, i) => size(outShape.slice(i + 1)));
  // The block of axis a at (source, destination) offsets: its tiles along a, each then repeated reps[a] times.
  const fill = (a: number, so: number, dOff: number): void => {
    const d = shape[a];
    if (a === n - 1) out.set(src.subarray(so, so + d), dOff);
    else for (let i = 0; i < d; i++) fill(a + 1, so + i * srcStride[a], dOff + i * dstStride[a]);
    const block = d * dstStride[a];
    for (let r = 1; r < reps[a]; r++) out.copyWithin(dOff + r * block, dOff, dOff + block);
  };
  if (out.length > 0) fill(0, 0, 0);
  return wasmOutputFrom(args.backend, out, outShape);
}

const OVERRIDES: Record<string, KernelFunc> = {
  BatchMatMul: engineMatMul('BatchMatMul'),
  _FusedMatMul: engineMatMul('_FusedMatMul'),
  Sum: engineSum as KernelFunc,
  Transpose: engineTranspose as KernelFunc,
  Tile: blockTile as KernelFunc,
};

/**
 * Routes the wasm backend's `BatchMatMul`, `_FusedMatMul`, leading-axis `Sum` and 2-D `Transpose` to the
 * kernel engine, and float32 `Tile` to block copies (`on`), or back to tfjs-wasm's own kernels. Gradients are unchanged: they are registered
 * per kernel name, not per backend.
 */
export function registerEngineKernels(on: boolean): void {
  for (const [name, func] of Object.entries(OVERRIDES)) {
    const current = tf.getKernel(name, 'wasm');
    if (!current) continue;
    if (!stock.has(name)) stock.set(name, current);
    const original = stock.get(name)!;
    tf.unregisterKernel(name, 'wasm');
    tf.registerKernel({ ...original, kernelFunc: on ? func : original.kernelFunc });
  }
}
