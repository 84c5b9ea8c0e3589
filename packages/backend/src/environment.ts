/** True when running under Node.js (also true inside Vitest and Electron's main process). */
export function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string';
}

/** True when a DOM `window` or a worker global scope is present. */
export function isBrowser(): boolean {
  const g = globalThis as { window?: unknown; importScripts?: unknown };
  return typeof g.window !== 'undefined' || typeof g.importScripts === 'function';
}
