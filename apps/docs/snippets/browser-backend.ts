import { setBackend } from '@probseq/backend';

// The three .wasm files of @tensorflow/tfjs-backend-wasm, served next to your page.
const info = await setBackend('auto', { wasmPaths: new URL('/wasm/', location.href).href });
console.log(`running on ${info.name}: ${info.reason}`);
