import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { ISOLATION_HEADERS } from '../scripts/serve-static';

// Written by scripts/prepare.mjs (TypeDoc) before every dev/build run; absent in a fresh clone until then.
const sidebarFile = fileURLToPath(new URL('../api/typedoc-sidebar.json', import.meta.url));
const typedocSidebar: DefaultTheme.SidebarItem[] = existsSync(sidebarFile)
  ? (JSON.parse(readFileSync(sidebarFile, 'utf8')) as DefaultTheme.SidebarItem[])
  : [];

const packagesDir = fileURLToPath(new URL('../../../packages/', import.meta.url));

export default defineConfig({
  title: 'probseq',
  description:
    'Probabilistic sequence models — the Variational RNN and friends — on tfjs-core, in Node and the browser.',
  base: process.env.PROBSEQ_DOCS_BASE ?? '/',
  cleanUrls: false,
  lastUpdated: false,
  srcExclude: ['README.md', 'test/**', 'test-results/**'],
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: `${process.env.PROBSEQ_DOCS_BASE ?? '/'}favicon.svg` }]],
  markdown: { math: true },
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/getting-started' },
      { text: 'Concepts', link: '/concepts/vrnn' },
      { text: 'Examples', link: '/examples/distributions' },
      { text: 'Packages', link: '/packages/' },
      { text: 'Benchmarks', link: '/benchmarks/' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: {
      '/api/': [{ text: 'API reference', link: '/api/', items: typedocSidebar }],
      '/': [
        {
          text: 'Guide',
          items: [
            { text: 'Getting started', link: '/guide/getting-started' },
            { text: 'Bring your own data', link: '/guide/bring-your-own-data' },
          ],
        },
        {
          text: 'Concepts',
          items: [
            { text: 'The Variational RNN', link: '/concepts/vrnn' },
            { text: 'Distributions and KL', link: '/concepts/distributions' },
            { text: 'Recurrent cells', link: '/concepts/cells' },
            { text: 'Objectives', link: '/concepts/objectives' },
            { text: 'Filtering vs smoothing', link: '/concepts/filtering-vs-smoothing' },
          ],
        },
        {
          text: 'Results',
          items: [
            { text: 'Reproducing the published VRNN figures', link: '/results/reproduction' },
            { text: 'Filtering vs smoothing, converged', link: '/concepts/filtering-vs-smoothing#converged-runs' },
          ],
        },
        {
          text: 'Tutorials',
          items: [{ text: 'A VRNN on Bach chorales', link: '/tutorials/jsb-chorales' }],
        },
        {
          text: 'Live examples',
          items: [
            { text: 'Distributions playground', link: '/examples/distributions' },
            { text: 'Train a VRNN', link: '/examples/training' },
            { text: 'Sample a pretrained VRNN', link: '/examples/sampling' },
          ],
        },
        {
          text: 'Packages',
          link: '/packages/',
          items: ['backend', 'distributions', 'nn', 'rnn', 'vae', 'vrnn', 'data'].map((p) => ({
            text: `@probseq/${p}`,
            link: `/packages/${p}`,
          })),
        },
        { text: 'Benchmarks', link: '/benchmarks/' },
        { text: 'Changelog', link: '/changelog' },
        { text: 'API reference', link: '/api/' },
      ],
    },
    search: { provider: 'local' },
    outline: [2, 3],
  },
  vite: {
    resolve: {
      // The site runs the packages from their TypeScript sources: no package build needed.
      alias: [{ find: /^@probseq\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` }],
    },
    optimizeDeps: {
      // Pre-bundled together, so the gradient registrations that @probseq/backend imports from
      // tfjs-core's dist/ land on the same tfjs-core instance as the core itself.
      include: [
        '@tensorflow/tfjs-core',
        '@tensorflow/tfjs-core/dist/register_all_gradients',
        '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops',
        '@tensorflow/tfjs-backend-cpu',
        '@tensorflow/tfjs-backend-wasm',
        '@tensorflow/tfjs-backend-webgpu',
      ],
    },
    build: { chunkSizeWarningLimit: 4096 },
    plugins: [
      {
        // The COOP/COEP headers on every response of the dev server (VitePress serves its pages past
        // `server.headers`): the page is cross-origin isolated, so SharedArrayBuffer exists and the WASM
        // engines run their threads. `pnpm docs:preview` (scripts/preview.ts) sends them for the built site.
        name: 'probseq-cross-origin-isolation',
        configureServer(server) {
          server.middlewares.use((_req, res, next) => {
            for (const [k, v] of Object.entries(ISOLATION_HEADERS)) res.setHeader(k, v);
            next();
          });
        },
      },
    ],
    server: { fs: { allow: [fileURLToPath(new URL('../../../', import.meta.url))] } },
  },
});
