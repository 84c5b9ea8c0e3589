export { setBackend } from './set-backend';
export type { BackendInfo, BackendName, ConcreteBackend, SetBackendOptions } from './set-backend';
export type { WasmPaths } from './activate-wasm';
export type { WebGPUAdapterSummary } from './webgpu-adapter';
export { unstackRows } from './unstack-rows';
export {
  KernelEngine,
  getKernelEngine,
  startKernelEngine,
  stopKernelEngine,
  defaultKernelThreads,
  availableCores,
  MAX_DEFAULT_THREADS,
} from './kernel-engine';
export { packedSize } from './kernel-engine';
export type { GemmArgs, KernelEngineInfo, KernelEngineOptions, KernelExports } from './kernel-engine';
export { ThreadGuard, GUARD_WINDOW_MS, GUARD_SLEPT_SHARE } from './thread-guard';
export { wasmTensorView, wasmTensorFrom, wasmOutputFrom } from './wasm-heap';
export { ResidentCache, ResidentSession } from './resident';
export type { ResidentSlot } from './resident';
export { Graph, Region } from './graph';
export type { Seq, Weight, WeightSlice, Bias, Term } from './graph';
export { Program, OP, LOSS, ACT_CODE, f32bits } from './program';
export type { View, ActKind, Split } from './program';
