import { probseqVitestConfig } from '@probseq/testing/vitest-config';

// `pnpm bench`: timing runs, kept out of the test suite.
export default probseqVitestConfig({ include: ['bench/**/*.bench.ts'], testTimeout: 600_000 });
