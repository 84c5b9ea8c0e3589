export { setBackend } from './set-backend';
export type { BackendInfo, BackendName, ConcreteBackend, SetBackendOptions } from './set-backend';
