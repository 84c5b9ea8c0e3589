import { withBase } from 'vitepress';

/** Absolute URL of the folder the site serves the tfjs WASM binaries from (see scripts/prepare.mjs). */
export function wasmPaths(): string {
  return new URL(withBase('/wasm/'), window.location.href).href;
}
