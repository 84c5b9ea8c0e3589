import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBenchResults } from './bench-results';

const read = (f: string) => readFileSync(new URL(`../../bench/${f}`, import.meta.url), 'utf8');

describe('parseBenchResults', () => {
  it('reads the committed results: the ratio is ours / PyTorch and the median of the rounds', () => {
    const r = parseBenchResults(read('results-peer.jsonl'), read('results-bench.jsonl'));
    expect(r.peer.length).toBeGreaterThanOrEqual(12);
    for (const row of r.peer) {
      expect(row.ratio).toBeCloseTo(row.ours / row.torch, 2);
      const sorted = [...row.oursRounds].sort((a, b) => a - b);
      if (sorted.length === 3) expect(row.ours).toBeCloseTo(sorted[1], -1);
    }
    expect(r.ceiling).toBeGreaterThan(10);
    expect(r.bench.length).toBeGreaterThan(0);
  });

  it('names the file, line and field of a bad line', () => {
    const good = '{"bench":"peer-comparison","config":"small","mode":"train","threads":1,"rounds":3}';
    expect(() => parseBenchResults(`${good}\n`, '')).toThrow(
      /apps\/bench\/results-peer\.jsonl:1: field 'ours_timesteps_per_s' must be a finite number/,
    );
    expect(() => parseBenchResults('', '\n{oops')).toThrow(/apps\/bench\/results-bench\.jsonl:2: not a JSON object/);
  });
});
