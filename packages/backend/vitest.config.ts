// Imported by path: @probseq/testing depends on @probseq/backend, so backend cannot depend back on it.
import { probseqVitestConfig } from '../testing/vitest-config.mjs';

export default probseqVitestConfig();
