import { defineConfig } from 'vitest/config';

// The end-to-end suite: one browser against the built site, run serially.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
