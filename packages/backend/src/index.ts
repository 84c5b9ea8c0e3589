export { setBackend } from './set-backend';
export type { BackendInfo, BackendName, ConcreteBackend, SetBackendOptions } from './set-backend';
export type { WasmPaths } from './activate-wasm';
export type { WebGPUAdapterSummary } from './webgpu-adapter';
export { unstackRows } from './unstack-rows';
export { KernelEngine, getKernelEngine, startKernelEngine, stopKernelEngine, defaultKernelThreads } from './kernel-engine';
export type { GemmArgs, KernelEngineInfo, KernelExports } from './kernel-engine';
export { wasmTensorView, wasmTensorFrom, wasmOutputFrom } from './wasm-heap';
