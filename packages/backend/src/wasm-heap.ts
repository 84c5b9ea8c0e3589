import * as tf from '@tensorflow/tfjs-core';

interface WasmBackendLike {
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(t: tf.TensorInfo): Float32Array | Int32Array | Uint8Array;
}

function wasmBackend(): WasmBackendLike {
  if (tf.getBackend() !== 'wasm') throw new Error(`wasm heap access needs the wasm backend, found '${tf.getBackend()}'`);
  return tf.backend() as unknown as WasmBackendLike;
}

/**
 * A float32 view of a tensor's data in the tfjs-wasm heap (no copy). Valid until tfjs allocates again
 * (a heap growth detaches it): copy out of it at once.
 * @param t A float32 tensor (or TensorInfo) held by the wasm backend.
 */
export function wasmTensorView(t: tf.TensorInfo): Float32Array {
  if (t.dtype !== 'float32') throw new Error(`wasmTensorView: expected a float32 tensor, found ${t.dtype}`);
  return wasmBackend().typedArrayFromHeap(t) as Float32Array;
}

/**
 * A new float32 wasm tensor of `shape` filled from `src` (one copy into the tfjs-wasm heap).
 * @param src The values, row-major; its length is the product of `shape`.
 * @param shape The new tensor's shape.
 */
export function wasmTensorFrom(src: Float32Array, shape: number[]): tf.Tensor {
  const be = wasmBackend();
  const info = be.makeOutput(shape, 'float32');
  (be.typedArrayFromHeap(info) as Float32Array).set(src);
  return tf.engine().makeTensorFromTensorInfo(info);
}

/**
 * The same as {@link wasmTensorFrom} for use inside a kernel function: returns the TensorInfo.
 * @param backend The wasm backend the kernel function was given.
 * @param src The values, row-major; its length is the product of `shape`.
 * @param shape The output's shape.
 */
export function wasmOutputFrom(backend: unknown, src: Float32Array, shape: number[]): tf.TensorInfo {
  const be = backend as WasmBackendLike;
  const info = be.makeOutput(shape, 'float32');
  (be.typedArrayFromHeap(info) as Float32Array).set(src);
  return info;
}
