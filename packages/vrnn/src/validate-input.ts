import * as tf from '@tensorflow/tfjs-core';

/**
 * Checks a batch of sequences x `[T, B, xDim]`: rank, feature dimension, and (when `finite`)
 * that no entry is NaN or infinite (one on-device reduction and a one-element synchronous read per call).
 * The finite scan is skipped when x lives on the WebGPU backend: a synchronous read there (dataSync) breaks
 * Chromium's later asynchronous buffer reads ("A valid external Instance reference no longer exists"), so on
 * WebGPU a NaN or ±∞ in x is not caught here and shows up as a NaN loss instead.
 * Errors name the method, the input and the shapes.
 */
export function checkSequence(where: string, x: unknown, xDim: number, finite = true, name = 'x'): tf.Tensor3D {
  if (!(x instanceof tf.Tensor)) throw new Error(`${where}: ${name} must be a tf.Tensor [T, B, ${xDim}], found ${typeof x}`);
  if (x.rank !== 3) throw new Error(`${where}: ${name} must have shape [T, B, ${xDim}] (time-major), found [${x.shape.join(', ')}]`);
  if (x.shape[2] !== xDim) {
    throw new Error(`${where}: ${name} has feature dimension ${x.shape[2]} but the model expects ${xDim} (shape [T, B, ${xDim}], found [${x.shape.join(', ')}])`);
  }
  if (x.shape[0] < 1 || x.shape[1] < 1) throw new Error(`${where}: ${name} is empty, shape [${x.shape.join(', ')}]`);
  if (finite && backendOf(x) !== 'webgpu' && hasNonFinite(x)) {
    const data = x.dataSync();
    for (let i = 0; i < data.length; i++) {
      if (!Number.isFinite(data[i])) {
        const D = x.shape[2];
        const B = x.shape[1];
        const t = Math.floor(i / (B * D));
        const b = Math.floor(i / D) % B;
        throw new Error(`${where}: ${name} [${x.shape.join(', ')}] contains ${data[i]} at [${t}, ${b}, ${i % D}]`);
      }
    }
  }
  return x as tf.Tensor3D;
}

/** The name of the backend that holds x's data (the active backend when the engine does not say). */
export function backendOf(x: tf.Tensor): string {
  const engine = tf.engine();
  const owner = engine.state.tensorInfo.get(x.dataId)?.backend;
  for (const [name, backend] of Object.entries(engine.registry)) if (backend === owner) return name;
  return engine.backendName;
}

/** Whether x holds a NaN or ±∞; reads back one element, so x itself stays where it lives. */
function hasNonFinite(x: tf.Tensor): boolean {
  const flag = tf.tidy(() => tf.logicalNot(tf.all(tf.isFinite(x))));
  const bad = flag.dataSync()[0] !== 0;
  flag.dispose();
  return bad;
}

/** Checks a mask `[T, B]` against x `[T, B, D]`. */
export function checkMask(where: string, mask: unknown, x: tf.Tensor): tf.Tensor2D | undefined {
  if (mask === undefined || mask === null) return undefined;
  const [T, B] = x.shape;
  if (!(mask instanceof tf.Tensor) || mask.rank !== 2 || mask.shape[0] !== T || mask.shape[1] !== B) {
    const found = mask instanceof tf.Tensor ? `[${mask.shape.join(', ')}]` : typeof mask;
    throw new Error(`${where}: mask must have shape [T, B] = [${T}, ${B}] to match x [${x.shape.join(', ')}], found ${found}`);
  }
  return mask as tf.Tensor2D;
}

/** Checks fixed noise ε `[T, B, zDim]`. */
export function checkNoise(where: string, noise: unknown, T: number, B: number, zDim: number): tf.Tensor3D | undefined {
  if (noise === undefined || noise === null) return undefined;
  if (!(noise instanceof tf.Tensor) || noise.rank !== 3 || noise.shape[0] !== T || noise.shape[1] !== B || noise.shape[2] !== zDim) {
    const found = noise instanceof tf.Tensor ? `[${noise.shape.join(', ')}]` : typeof noise;
    throw new Error(`${where}: noise must have shape [T, B, zDim] = [${T}, ${B}, ${zDim}], found ${found}`);
  }
  return noise as tf.Tensor3D;
}
