import * as tf from '@tensorflow/tfjs-core';
import { setBackend, type ConcreteBackend } from '@probseq/backend';
import { CONFIGS, getConfig, type BenchConfig } from './configs';
import { matmulCeiling } from './matmul-ceiling';
import { runCase, type Mode } from './run-case';
import { vrnnModel } from './vrnn-model';
import { parseArgs } from './args';

const USAGE = `pnpm bench [--config small|medium|tiny] [--mode train|eval|sample] [--backend cpu|wasm|webgpu]
           [--steps N] [--warmup N] [--threads N] [--no-kernels] [--no-ceiling]
  --threads N    wasm: threads of probseq's kernel engine (default 2 where the machine has 2 cores)
  --no-kernels   wasm: tfjs-wasm's own kernels only (the engine off), for before/after comparisons`;

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T[] {
  if (value === undefined) return [...allowed];
  const list = value.split(',') as T[];
  for (const v of list) if (!allowed.includes(v)) throw new Error(`--${name} '${v}': expected one of ${allowed.join(', ')}.`);
  return list;
}

/** Default timed steps per case: enough for a few seconds on wasm; fewer on the slow cpu backend. */
function defaultSteps(c: BenchConfig, mode: Mode, backend: string): number {
  const heavy = c.name === 'medium';
  if (backend === 'cpu') return heavy ? 1 : mode === 'train' ? 2 : 5;
  if (mode === 'train') return heavy ? 3 : 10;
  return heavy ? 5 : 20;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), USAGE, ['no-ceiling', 'no-kernels']);
  const configs = pick('config', args.config, ['small', 'medium', 'tiny'] as const).filter(
    (n) => args.config !== undefined || n !== 'tiny',
  );
  const modes = pick('mode', args.mode, ['train', 'eval', 'sample'] as const);
  const backends = pick('backend', args.backend, ['wasm', 'cpu', 'webgpu'] as const);
  let engineThreads = 1;
  for (const backend of backends) {
    try {
      const threads = args.threads === undefined ? undefined : Number(args.threads);
      if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new Error(`--threads must be a positive integer, got ${args.threads}.`);
      const info = await setBackend(backend as ConcreteBackend, { kernels: args['no-kernels'] ? false : { threads } });
      engineThreads = info.kernels?.threads ?? 1;
      await tf.ready();
      // A software WebGPU adapter (SwiftShader, ~0.4 GFLOP/s) is for correctness, not speed.
      if (backend === 'webgpu' && info.adapterInfo?.software && args.backend === undefined) {
        console.log(JSON.stringify({ bench: 'probseq-vrnn', backend, skipped: `software adapter only (${info.adapter}); pass --backend webgpu to run anyway` }));
        continue;
      }
    } catch (e) {
      console.log(JSON.stringify({ bench: 'probseq-vrnn', backend, skipped: `backend unavailable: ${(e as Error).message}` }));
      continue;
    }
    let ceiling: number | undefined;
    const impl = backend === 'wasm' && !args['no-kernels'] ? 'vrnn+kernels' : 'vrnn';
    if (backend === 'wasm' && !args['no-ceiling'] && modes.includes('train')) {
      const r = matmulCeiling(backend);
      ceiling = r.ceiling_gflops_per_s;
      console.log(JSON.stringify(r));
    }
    for (const name of configs) {
      const c = getConfig(name);
      // The cpu backend runs at ~1 GFLOP/s: without an explicit --config it benchmarks the small config only.
      if (backend === 'cpu' && args.config === undefined && name !== 'small') continue;
      for (const mode of modes) {
        const steps = args.steps ? Number(args.steps) : defaultSteps(c, mode, backend);
        const warmup = args.warmup ? Number(args.warmup) : backend === 'cpu' ? 1 : 2;
        if (!(steps >= 1) || !(warmup >= 0)) throw new Error(`--steps must be ≥ 1 and --warmup ≥ 0, got ${args.steps}, ${args.warmup}.`);
        const model = vrnnModel(c);
        try {
          const r = runCase(model, c, { mode, backend, steps, warmup, impl, threads: backend === 'wasm' ? engineThreads : 1, ceilingGflops: ceiling });
          console.log(JSON.stringify(r));
        } finally {
          model.dispose();
        }
      }
    }
  }
}

// Keep CONFIGS referenced for `--help` listings in editors.
void CONFIGS;
if (require.main === module) main().catch((e: unknown) => {
  console.error((e as Error).message ?? e);
  process.exit(1);
});
