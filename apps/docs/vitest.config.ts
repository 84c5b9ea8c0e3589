import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));

// Two suites, run one after the other: the snippets shown on the pages, executed in Node against the
// packages' sources, and the end-to-end suite (one browser against the built site).
export default defineConfig({
  resolve: {
    alias: [{ find: /^@probseq\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` }],
  },
  test: {
    include: ['lib/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
