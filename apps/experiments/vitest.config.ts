import { probseqVitestConfig } from '@probseq/testing/vitest-config';

export default probseqVitestConfig();
