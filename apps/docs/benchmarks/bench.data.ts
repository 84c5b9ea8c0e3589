import { readFileSync } from 'node:fs';
import { type BenchResults, parseBenchResults } from '../lib/bench-results';

export declare const data: BenchResults;

export default {
  // Resolved by VitePress relative to this file; the build re-reads them when they change.
  watch: ['../../bench/results-peer.jsonl', '../../bench/results-bench.jsonl'],
  load(files: string[]): BenchResults {
    const pick = (name: string) => {
      const f = files.find((p) => p.endsWith(name));
      if (!f) throw new Error(`apps/bench/${name} is missing: run the command on the benchmarks page to make it.`);
      return readFileSync(f, 'utf8');
    };
    return parseBenchResults(pick('results-peer.jsonl'), pick('results-bench.jsonl'));
  },
};
