// Vitest configuration shared by every workspace package: tests import sibling
// packages from their TypeScript sources, so no build is needed to test.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packagesDir = fileURLToPath(new URL('../', import.meta.url));

export function probseqVitestConfig(overrides = {}) {
  return defineConfig({
    resolve: {
      alias: [
        { find: /^@probseq\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` },
        { find: /^@probseq\/([a-z-]+)\/node$/, replacement: `${packagesDir}$1/src/node.ts` },
      ],
    },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 120_000,
      hookTimeout: 120_000,
      pool: 'forks',
      ...overrides,
    },
  });
}
