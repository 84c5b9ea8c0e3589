import { setBackend, type BackendInfo } from '@probseq/backend';
import * as tf from '@tensorflow/tfjs-core';
import { reactive } from 'vue';

/** The backends the examples offer. */
export type BackendChoice = 'wasm' | 'webgpu' | 'cpu';
export const BACKEND_CHOICES: readonly BackendChoice[] = ['wasm', 'webgpu', 'cpu'];

/** What the selector shows: the backend asked for, the one running, and why they differ. */
export interface BackendState {
  requested: BackendChoice | null;
  active: BackendInfo | null;
  /** Set when the requested backend could not start and another one runs instead. */
  fallback: string | null;
  busy: boolean;
  /** Examples set this while they hold tensors on the backend, to stop switching mid-run. */
  locked: boolean;
  error: string | null;
}

/** One state for the whole page: every example runs on the backend chosen here. */
export const backendState: BackendState = reactive({
  requested: null,
  active: null,
  fallback: null,
  busy: false,
  locked: false,
  error: null,
});

/**
 * Switches every example on the page to `choice`. WebGPU falls back to WASM (and WASM to cpu)
 * with a visible message when it cannot start.
 */
export async function chooseBackend(choice: BackendChoice, wasmPaths: string): Promise<BackendInfo> {
  if (!BACKEND_CHOICES.includes(choice)) {
    throw new Error(`Unknown backend '${String(choice)}': expected one of ${BACKEND_CHOICES.join(', ')}.`);
  }
  backendState.busy = true;
  backendState.requested = choice;
  backendState.fallback = null;
  backendState.error = null;
  try {
    let info: BackendInfo;
    if (choice === 'webgpu') {
      try {
        info = await setBackend('webgpu', { wasmPaths });
      } catch (err) {
        backendState.fallback = `WebGPU is not available in this browser, so the example runs on WASM instead (same results, computed on the CPU). Why: ${(err as Error).message.replace(/\.$/, '')}.`;
        info = await setBackend('wasm', { wasmPaths });
      }
    } else if (choice === 'wasm') {
      try {
        info = await setBackend('wasm', { wasmPaths });
      } catch (err) {
        backendState.fallback = `WebAssembly could not start here, so the example runs on the plain JavaScript backend instead (slower, same results). Why: ${(err as Error).message.replace(/\.$/, '')}.`;
        info = await setBackend('cpu');
      }
    } else {
      info = await setBackend('cpu');
    }
    backendState.active = info;
    return info;
  } catch (err) {
    backendState.error = (err as Error).message;
    throw err;
  } finally {
    backendState.busy = false;
  }
}

/** Resolves once a backend is running, starting WASM if none was chosen yet. */
export async function ensureBackend(wasmPaths: string): Promise<BackendInfo> {
  while (backendState.busy) await new Promise((r) => setTimeout(r, 20));
  if (backendState.active && tf.getBackend() === backendState.active.name) return backendState.active;
  return chooseBackend('wasm', wasmPaths);
}
