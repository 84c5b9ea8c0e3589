export { setBackend } from './set-backend';
export type { BackendInfo, BackendName, ConcreteBackend, SetBackendOptions } from './set-backend';
export type { WasmPaths } from './activate-wasm';
export type { WebGPUAdapterSummary } from './webgpu-adapter';
export { unstackRows } from './unstack-rows';
