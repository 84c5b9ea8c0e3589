import { probseqVitestConfig } from './vitest-config.mjs';

export default probseqVitestConfig();
