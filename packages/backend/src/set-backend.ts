import * as tf from '@tensorflow/tfjs-core';
import { activateWasm, type WasmPaths } from './activate-wasm';
import type { KernelEngineInfo, KernelEngineOptions } from './kernel-engine';
import { activateWebGPU } from './activate-webgpu';
import { gradientsRegistered } from './register-gradients';
import { describeAdapter, probeAdapter, type WebGPUAdapterSummary } from './webgpu-adapter';

/** A backend name `setBackend` accepts. */
export type BackendName = 'cpu' | 'wasm' | 'webgpu' | 'auto';
/** A backend tfjs actually runs on (what `auto` resolves to). */
export type ConcreteBackend = Exclude<BackendName, 'auto'>;

/** What `setBackend` selected, and why. */
export interface BackendInfo {
  /** The backend tfjs now runs on. */
  name: ConcreteBackend;
  /** WASM only: whether the SIMD binary is in use. */
  simd: boolean;
  /** WASM only: whether multi-threaded WASM is in use (never in Node; in browsers only with cross-origin isolation). */
  threads: boolean;
  /**
   * WASM only: probseq's kernel engine (its GEMM replaces the backend's matmuls; `@probseq/vrnn` runs its
   * engine graphs on it): helper threads in use, and whether the fused multiply-add build loaded. Null when off.
   */
  kernels?: KernelEngineInfo | null;
  /** WebGPU only: a one-line description of the adapter, e.g. `google swiftshader (SwiftShader driver 5.0.0), software`. */
  adapter?: string;
  /** WebGPU only: the adapter's vendor, architecture, device, description and whether it is a software adapter. */
  adapterInfo?: WebGPUAdapterSummary;
  /** Why this backend was chosen (for `auto`, what was tried and rejected). */
  reason: string;
}

/** Options for {@link setBackend}. */
export interface SetBackendOptions {
  /**
   * Browser only: where the tfjs WASM binaries are served from (passed to tfjs's `setWasmPaths`). Not needed in Node,
   * where they are found in the installed `@tensorflow/tfjs-backend-wasm` package.
   */
  wasmPaths?: WasmPaths;
  /**
   * WASM only: probseq's kernel engine. `{ threads }` sets its thread count (default: the available cores, up
   * to 4, in Node and in browsers with cross-origin isolation; 1 otherwise; env `PROBSEQ_WASM_THREADS`);
   * `{ guard: false }` turns off the thread guard, which otherwise halves the threads for the rest of the run
   * when helpers are descheduled so often that waiting for them dominates (reported in `kernels.reduced`);
   * `false` leaves tfjs-wasm's own kernels in charge. (`slowHelper` is for tests.)
   */
  kernels?: Omit<KernelEngineOptions, 'fma'> | false;
  /** WebGPU adapter preference passed to `navigator.gpu.requestAdapter` (default `'high-performance'`). */
  powerPreference?: 'high-performance' | 'low-power';
}

const BACKEND_NAMES: readonly BackendName[] = ['cpu', 'wasm', 'webgpu', 'auto'];

async function useCpu(reason: string): Promise<BackendInfo> {
  await import('@tensorflow/tfjs-backend-cpu');
  if (!(await tf.setBackend('cpu'))) throw new Error('The cpu backend failed to initialise.');
  return { name: 'cpu', simd: false, threads: false, reason };
}

async function useWasm(options: SetBackendOptions, reason: string): Promise<BackendInfo> {
  const { simd, threads, kernels, note } = await activateWasm(options.wasmPaths, options.kernels ?? {});
  return { name: 'wasm', simd, threads, kernels, reason: note ? `${reason}; ${note}` : reason };
}

async function useWebGPU(options: SetBackendOptions): Promise<BackendInfo> {
  const probe = await probeAdapter(true, options.powerPreference);
  if (!probe.adapter) {
    throw new Error(
      `WebGPU is not available here (${probe.reason}); use setBackend('wasm'), setBackend('cpu') or setBackend('auto') instead.`,
    );
  }
  const summary = await activateWebGPU(probe.adapter, probe.summary);
  return {
    name: 'webgpu',
    simd: false,
    threads: false,
    adapter: describeAdapter(summary),
    adapterInfo: summary,
    reason: 'webgpu requested',
  };
}

async function useAuto(options: SetBackendOptions): Promise<BackendInfo> {
  const probe = await probeAdapter(false, options.powerPreference);
  let noWebGPU: string;
  if (probe.adapter) {
    try {
      const summary = await activateWebGPU(probe.adapter, probe.summary);
      const adapter = describeAdapter(summary);
      return {
        name: 'webgpu',
        simd: false,
        threads: false,
        adapter,
        adapterInfo: summary,
        reason: `auto: hardware WebGPU adapter ${adapter}`,
      };
    } catch (e) {
      noWebGPU = (e as Error).message.replace(/\.$/, '');
    }
  } else {
    noWebGPU = probe.reason;
  }
  try {
    return await useWasm(options, `auto: no WebGPU (${noWebGPU}), WASM available`);
  } catch (e) {
    const noWasm = (e as Error).message.replace(/\.$/, '');
    return useCpu(`auto: no WebGPU (${noWebGPU}) and no WASM (${noWasm}), using cpu`);
  }
}

/**
 * Selects the tfjs backend and resolves to what is now in use.
 *
 * - `'cpu'`: plain JavaScript kernels (always available, slowest).
 * - `'wasm'`: XNNPACK compiled to WebAssembly, SIMD where supported. In Node the binaries are found without
 *   `setWasmPaths`; in browsers pass `options.wasmPaths`.
 * - `'webgpu'`: tfjs-backend-webgpu on `navigator.gpu`, or in Node on the optional `webgpu` package (Dawn).
 *   A software adapter such as SwiftShader is accepted here. Rejects with one sentence naming the
 *   alternatives when no adapter exists.
 * - `'auto'`: a hardware WebGPU adapter if there is one, else WASM, else cpu (never a software adapter).
 *
 * Importing this package also registers tfjs-core's gradients and chained ops, which Node's build of tfjs-core
 * leaves out, so `tf.grad` and optimizers work the same in Node and browsers.
 *
 * @example
 * ```ts
 * const info = await setBackend('auto');
 * console.log(info.name, info.reason); // e.g. "wasm auto: no WebGPU (…), WASM available"
 * ```
 */
export async function setBackend(name: BackendName, options: SetBackendOptions = {}): Promise<BackendInfo> {
  if (!gradientsRegistered) throw new Error('tfjs-core gradients are not registered.');
  if (!BACKEND_NAMES.includes(name)) {
    throw new Error(`Unknown backend '${String(name)}': expected one of ${BACKEND_NAMES.join(', ')}.`);
  }
  switch (name) {
    case 'cpu':
      return useCpu('cpu requested');
    case 'wasm':
      return useWasm(options, 'wasm requested');
    case 'webgpu':
      return useWebGPU(options);
    default:
      return useAuto(options);
  }
}
