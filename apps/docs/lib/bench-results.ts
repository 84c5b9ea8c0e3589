/** One line of apps/bench/results-peer.jsonl (`pnpm bench:peer`): ours and PyTorch at the same thread count. */
export interface PeerRow {
  config: string;
  mode: string;
  threads: number;
  rounds: number;
  ours: number;
  torch: number;
  ratio: number;
  oursRounds: number[];
  torchRounds: number[];
  peakRssMb: number;
  torchVersion: string;
}

/** One case line of apps/bench/results-bench.jsonl (`pnpm bench`). */
export interface BenchRow {
  config: string;
  mode: string;
  backend: string;
  threads: number;
  timestepsPerS: number;
  gflopsPerS: number;
  ceilingFraction: number | null;
  peakRssMb: number;
}

export interface BenchResults {
  peer: PeerRow[];
  bench: BenchRow[];
  /** The matmul ceiling line of results-bench.jsonl, GFLOP/s. */
  ceiling: number | null;
}

const num = (file: string, line: number, o: Record<string, unknown>, key: string): number => {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new Error(`${file}:${line}: field '${key}' must be a finite number, found ${JSON.stringify(v)}`);
  }
  return v;
};
const str = (file: string, line: number, o: Record<string, unknown>, key: string): string => {
  const v = o[key];
  if (typeof v !== 'string') throw new Error(`${file}:${line}: field '${key}' must be a string, found ${JSON.stringify(v)}`);
  return v;
};

function lines(file: string, text: string): Array<[number, Record<string, unknown>]> {
  return text
    .split('\n')
    .map((l, i) => [i + 1, l.trim()] as const)
    .filter(([, l]) => l !== '')
    .map(([n, l]) => {
      try {
        const o = JSON.parse(l) as unknown;
        if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new Error('not an object');
        return [n, o as Record<string, unknown>];
      } catch (e) {
        throw new Error(`${file}:${n}: not a JSON object (${(e as Error).message})`);
      }
    });
}

/** Parses the two JSON-lines files of apps/bench; errors name the file, the line and the field. */
export function parseBenchResults(peerText: string, benchText: string): BenchResults {
  const pf = 'apps/bench/results-peer.jsonl';
  const peer = lines(pf, peerText)
    .filter(([, o]) => o.bench === 'peer-comparison')
    .map(([n, o]): PeerRow => ({
      config: str(pf, n, o, 'config'),
      mode: str(pf, n, o, 'mode'),
      threads: num(pf, n, o, 'threads'),
      rounds: num(pf, n, o, 'rounds'),
      ours: num(pf, n, o, 'ours_timesteps_per_s'),
      torch: num(pf, n, o, 'torch_timesteps_per_s'),
      ratio: num(pf, n, o, 'ratio_vs_torch'),
      oursRounds: Array.isArray(o.rounds_ours) ? (o.rounds_ours as number[]) : [],
      torchRounds: Array.isArray(o.rounds_torch) ? (o.rounds_torch as number[]) : [],
      peakRssMb: num(pf, n, o, 'ours_peak_rss_mb'),
      torchVersion: str(pf, n, o, 'torch_version'),
    }));
  const bf = 'apps/bench/results-bench.jsonl';
  const all = lines(bf, benchText);
  const ceilingLine = all.find(([, o]) => o.bench === 'matmul-ceiling');
  const bench = all
    .filter(([, o]) => o.bench === 'probseq-vrnn')
    .map(([n, o]): BenchRow => ({
      config: str(bf, n, o, 'config'),
      mode: str(bf, n, o, 'mode'),
      backend: str(bf, n, o, 'backend'),
      threads: num(bf, n, o, 'threads'),
      timestepsPerS: num(bf, n, o, 'timesteps_per_s'),
      gflopsPerS: num(bf, n, o, 'gflops_per_s'),
      ceilingFraction: typeof o.ceiling_fraction === 'number' ? o.ceiling_fraction : null,
      peakRssMb: num(bf, n, o, 'peak_rss_mb'),
    }));
  return {
    peer,
    bench,
    ceiling: ceilingLine ? num(bf, ceilingLine[0], ceilingLine[1], 'ceiling_gflops_per_s') : null,
  };
}
