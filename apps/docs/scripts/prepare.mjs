// Runs before `vitepress dev|build`: copies the tfjs WASM binaries into public/wasm (served by
// the site, passed to setWasmPaths) and generates the API reference (api/) with TypeDoc.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const wasmDist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
const wasmOut = join(root, 'public', 'wasm');
mkdirSync(wasmOut, { recursive: true });
const binaries = readdirSync(wasmDist).filter((f) => f.endsWith('.wasm'));
if (binaries.length === 0) throw new Error(`No .wasm files found in ${wasmDist}`);
for (const f of binaries) copyFileSync(join(wasmDist, f), join(wasmOut, f));

const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json') });
const project = await app.convert();
if (!project) throw new Error('TypeDoc could not convert the packages (see the errors above).');
await app.generateOutputs(project);
if (app.logger.hasErrors()) throw new Error('TypeDoc reported errors (see above).');
console.log(`prepare: ${binaries.length} wasm binaries copied, API reference written to api/`);
