import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExports } from './package-exports';

describe('parseExports', () => {
  it('splits values from types and keeps the exported name of an alias', () => {
    const src = [
      "export { VRNN } from './vrnn';",
      "export type { LossOptions, SampleOptions } from './vrnn';",
      "export { RNNBaseline, RNNBaseline as RNN } from './rnn-baseline';",
      "export {\n  a,\n  type B,\n} from './x';",
    ].join('\n');
    expect(parseExports(src)).toEqual({ values: ['VRNN', 'RNNBaseline', 'RNN', 'a'], types: ['LossOptions', 'SampleOptions', 'B'] });
  });

  it("finds every name of @probseq/vrnn's public face", () => {
    const src = readFileSync(new URL('../../../packages/vrnn/src/index.ts', import.meta.url), 'utf8');
    const { values, types } = parseExports(src);
    expect(values).toContain('VRNN');
    expect(values).toContain('importanceLogLikelihood');
    expect(types).toContain('VRNNOptions');
    expect(values).not.toContain('VRNNOptions');
  });
});
