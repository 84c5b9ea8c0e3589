import * as tf from '@tensorflow/tfjs-core';
import { gradientsRegistered } from './register-gradients';

export type BackendName = 'cpu' | 'wasm' | 'webgpu' | 'auto';
export type ConcreteBackend = Exclude<BackendName, 'auto'>;

export interface BackendInfo {
  /** The backend tfjs now runs on. */
  name: ConcreteBackend;
  /** WASM only: whether the SIMD binary is in use. */
  simd: boolean;
  /** WASM only: whether multi-threaded WASM is in use. */
  threads: boolean;
  /** WebGPU only: a description of the adapter. */
  adapter?: string;
  /** Why this backend was chosen (most useful for 'auto'). */
  reason: string;
}

export interface SetBackendOptions {
  /** Browser only: where the tfjs WASM binaries are served from (passed to `setWasmPaths`). */
  wasmPaths?: string;
}

const BACKEND_NAMES: readonly BackendName[] = ['cpu', 'wasm', 'webgpu', 'auto'];

async function activate(name: ConcreteBackend, options: SetBackendOptions): Promise<BackendInfo> {
  if (name === 'cpu') {
    await import('@tensorflow/tfjs-backend-cpu');
    await tf.setBackend('cpu');
    return { name, simd: false, threads: false, reason: 'cpu requested' };
  }
  if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (options.wasmPaths) wasm.setWasmPaths(options.wasmPaths);
    if (!(await tf.setBackend('wasm'))) throw new Error('The WASM backend failed to initialise.');
    const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
    const threads = Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'));
    return { name, simd, threads: threads && typeof window !== 'undefined', reason: 'wasm requested' };
  }
  throw new Error(`Backend '${name}' is not available in this build.`);
}

/**
 * Selects the tfjs backend. `auto` prefers a hardware WebGPU adapter, then WASM, then cpu.
 * Resolves to a description of the backend now in use.
 */
export async function setBackend(name: BackendName, options: SetBackendOptions = {}): Promise<BackendInfo> {
  if (!gradientsRegistered) throw new Error('unreachable');
  if (!BACKEND_NAMES.includes(name)) {
    throw new Error(`Unknown backend '${String(name)}': expected one of ${BACKEND_NAMES.join(', ')}.`);
  }
  if (name !== 'auto') return activate(name, options);
  try {
    const info = await activate('wasm', options);
    return { ...info, reason: 'auto: no hardware WebGPU adapter, WASM available' };
  } catch {
    const info = await activate('cpu', options);
    return { ...info, reason: 'auto: neither WebGPU nor WASM available, using cpu' };
  }
}
