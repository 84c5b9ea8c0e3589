import * as tf from '@tensorflow/tfjs-core';

const KERNEL = 'ProbseqUnstackRows';

interface UnstackAttrs {
  keepDims: boolean;
}

type AnyArray = Float32Array | Int32Array | Uint8Array;

interface WasmLikeBackend {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(t: tf.TensorInfo): AnyArray;
}

interface CpuLikeBackend {
  data: { get(dataId: object): { values: AnyArray } };
  makeTensorInfo(shape: number[], dtype: tf.DataType, values: AnyArray): tf.TensorInfo;
}

function rowShapes(x: tf.TensorInfo, keepDims: boolean): { n: number; size: number; shape: number[] } {
  const [n, ...rest] = x.shape;
  const size = rest.reduce((a, b) => a * b, 1);
  return { n, size, shape: keepDims ? [1, ...rest] : rest };
}

// The stock Slice/Unpack kernels of tfjs-backend-wasm 4.22 copy the whole input out of the heap for every
// slice, so unstacking a [T, B, D] tensor costs T full copies. These kernels copy each row once.
tf.registerKernel({
  kernelName: KERNEL,
  backendName: 'wasm',
  kernelFunc: ({ inputs, backend, attrs }) => {
    const x = inputs.x as tf.TensorInfo;
    const be = backend as unknown as WasmLikeBackend;
    const { n, size, shape } = rowShapes(x, (attrs as unknown as UnstackAttrs).keepDims);
    const outs: tf.TensorInfo[] = [];
    for (let i = 0; i < n; i++) {
      const out = be.makeOutput(shape, x.dtype);
      // Fetch the input view after each allocation: a heap growth detaches earlier views.
      be.typedArrayFromHeap(out).set(be.typedArrayFromHeap(x).subarray(i * size, (i + 1) * size));
      outs.push(out);
    }
    return outs;
  },
});

tf.registerKernel({
  kernelName: KERNEL,
  backendName: 'cpu',
  kernelFunc: ({ inputs, backend, attrs }) => {
    const x = inputs.x as tf.TensorInfo;
    const be = backend as unknown as CpuLikeBackend;
    const { n, size, shape } = rowShapes(x, (attrs as unknown as UnstackAttrs).keepDims);
    const values = be.data.get(x.dataId).values;
    const outs: tf.TensorInfo[] = [];
    for (let i = 0; i < n; i++) outs.push(be.makeTensorInfo(shape, x.dtype, values.slice(i * size, (i + 1) * size)));
    return outs;
  },
});

tf.registerGradient({
  kernelName: KERNEL,
  gradFunc: (dy: tf.Tensor | tf.Tensor[], _saved: tf.Tensor[], attrs: tf.NamedAttrMap) => {
    const dys = Array.isArray(dy) ? dy : [dy];
    const keepDims = (attrs as unknown as UnstackAttrs).keepDims;
    return { x: () => (keepDims ? tf.concat(dys, 0) : tf.stack(dys)) };
  },
});

/**
 * `tf.unstack(x)` along axis 0 (`keepDims`: each piece keeps a leading 1, `[1, ...]`), differentiable.
 * On the cpu and WASM backends each row is copied once (tfjs's own WASM slice copies the whole
 * input per piece: T full copies for a `[T, B, D]` sequence); other backends use `tf.unstack`.
 *
 * @example
 * ```ts
 * const steps = unstackRows(xs); // xs [T, B, D] → T tensors [B, D]
 * ```
 * @param x The tensor to split along its first axis, rank ≥ 1 (e.g. a sequence `[T, B, D]`).
 * @param options Unstacking options.
 * @param options.keepDims Whether each piece keeps a leading axis of 1 (`[1, B, D]` rather than `[B, D]`);
 *   default false.
 */
export function unstackRows(x: tf.Tensor, options: { keepDims?: boolean } = {}): tf.Tensor[] {
  if (!(x instanceof tf.Tensor) || x.rank < 1) {
    throw new Error(`unstackRows: x must be a tensor of rank ≥ 1, found ${x instanceof tf.Tensor ? `shape [${x.shape}]` : typeof x}`);
  }
  const keepDims = options.keepDims ?? false;
  const backend = tf.getBackend();
  if ((backend === 'wasm' || backend === 'cpu') && (x.dtype === 'float32' || x.dtype === 'int32' || x.dtype === 'bool')) {
    const attrs: UnstackAttrs = { keepDims };
    return tf.engine().runKernel(KERNEL, { x }, attrs as unknown as tf.NamedAttrMap) as unknown as tf.Tensor[];
  }
  const parts = tf.unstack(x);
  if (!keepDims) return parts;
  const kept = parts.map((p) => tf.expandDims(p, 0));
  tf.dispose(parts);
  return kept;
}
