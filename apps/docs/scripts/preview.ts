// `pnpm docs:preview`: serves the built site (.vitepress/dist) with the COOP/COEP headers, so the
// page is cross-origin isolated and the threaded WASM engine runs (`vitepress preview` cannot send
// headers). PORT=… to change the port (default 4173).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve-static';

const root = join(fileURLToPath(new URL('..', import.meta.url)), '.vitepress', 'dist');
const { url } = await serveStatic(root, { port: Number(process.env.PORT ?? 4173) });
console.log(`Built site served, cross-origin isolated, at ${url}/`);
