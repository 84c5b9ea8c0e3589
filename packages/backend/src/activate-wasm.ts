import * as tf from '@tensorflow/tfjs-core';
import { startKernelEngine, stopKernelEngine, type KernelEngineInfo, type KernelEngineOptions } from './kernel-engine';
import { registerEngineKernels } from './wasm-engine-kernels';

/** Where the tfjs WASM binaries are served from: a URL prefix, or one URL per binary file name. */
export type WasmPaths =
  | string
  | Partial<
      Record<'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm', string>
    >;

/**
 * Switches tfjs to the WASM backend. In Node the binaries are loaded from the installed
 * `@tensorflow/tfjs-backend-wasm` package; in browsers `wasmPaths` says where they are served from.
 * Then starts probseq's kernel engine (unless `kernels` is false), which takes over the backend's
 * matmuls and runs `@probseq/vrnn`'s engine graphs.
 */
export async function activateWasm(
  wasmPaths?: WasmPaths,
  kernels: Omit<KernelEngineOptions, 'fma'> | false = {},
): Promise<{ simd: boolean; threads: boolean; kernels: KernelEngineInfo | null; note?: string }> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  if (wasmPaths !== undefined) wasm.setWasmPaths(wasmPaths);
  if (!(await tf.setBackend('wasm'))) {
    throw new Error(
      'The WASM backend failed to initialise (in a browser, pass `wasmPaths` pointing at the tfjs-backend-wasm binaries).',
    );
  }
  const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
  // XNNPACK's thread pool exists only when the threaded binary was loaded (browsers with cross-origin isolation).
  const threads = wasm.getThreadsCount() > 1;
  if (kernels === false) {
    stopKernelEngine();
    registerEngineKernels(false);
    return { simd, threads, kernels: null };
  }
  try {
    const engine = await startKernelEngine(kernels);
    registerEngineKernels(true);
    return { simd, threads, kernels: engine.info };
  } catch (e) {
    // No shared WebAssembly memory here (or no workers): tfjs-wasm's own kernels carry on alone.
    stopKernelEngine();
    registerEngineKernels(false);
    return { simd, threads, kernels: null, note: `kernel engine unavailable (${(e as Error).message}); tfjs-wasm kernels only` };
  }
}
