import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine, setBackend, stopKernelEngine, type ConcreteBackend } from '@probseq/backend';
import { startBusyLoad } from './busy-load';
import { CONFIGS, getConfig, type BenchConfig } from './configs';
import { matmulCeiling } from './matmul-ceiling';
import { runCase, type Mode } from './run-case';
import { getVariant, VARIANTS, type BenchVariant } from './variants';
import { vrnnModel } from './vrnn-model';
import { parseArgs } from './args';

const USAGE = `pnpm bench [--config small|medium|tiny] [--mode train|eval|sample] [--backend cpu|wasm|webgpu]
           [--variant ${Object.keys(VARIANTS).join('|')}]
           [--steps N] [--warmup N] [--threads N[,N…]] [--load N] [--rounds R] [--no-guard] [--no-kernels] [--no-ceiling]
  --variant V,W  model variants, comma-separated (default filtering: the configuration's own model); see the README
  --threads N,M  wasm: threads of probseq's kernel engine, one case per count (default: the available cores, up to 4)
  --load N       also run every case beside N busy processes (each spins on one core and stops by itself), and
                 report both: lines with "load": 0 and "load": N, alternating
  --rounds R     repeat every case R times, alternating thread counts and loads (default 1)
  --no-guard     wasm: keep the engine's thread guard from dropping threads when helpers are descheduled
  --no-kernels   wasm: tfjs-wasm's own kernels only (the engine off), for before/after comparisons`;

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T[] {
  if (value === undefined) return [...allowed];
  const list = value.split(',') as T[];
  for (const v of list) if (!allowed.includes(v)) throw new Error(`--${name} '${v}': expected one of ${allowed.join(', ')}.`);
  return list;
}

/**
 * Default timed steps per case: enough for a few seconds on wasm; fewer on the slow cpu backend, and 1/K as
 * many for a variant with K importance samples per sequence.
 */
function defaultSteps(c: BenchConfig, mode: Mode, backend: string, variant: BenchVariant): number {
  const heavy = c.name === 'medium';
  const base = backend === 'cpu' ? (heavy ? 1 : mode === 'train' ? 2 : 5) : mode === 'train' ? (heavy ? 3 : 10) : heavy ? 5 : 20;
  return mode === 'sample' ? base : Math.max(1, Math.ceil(base / variant.samples));
}

function positiveInts(name: string, value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const list = value.split(',').map(Number);
  for (const n of list) if (!(Number.isInteger(n) && n >= 1)) throw new Error(`--${name} expects positive integers, got '${value}'.`);
  return list;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), USAGE, ['no-ceiling', 'no-kernels', 'no-guard']);
  const configs = pick('config', args.config, ['small', 'medium', 'tiny'] as const).filter(
    (n) => args.config !== undefined || n !== 'tiny',
  );
  const modes = pick('mode', args.mode, ['train', 'eval', 'sample'] as const);
  const variants = pick('variant', args.variant ?? 'filtering', Object.keys(VARIANTS)).map(getVariant);
  const backends = pick('backend', args.backend, ['wasm', 'cpu', 'webgpu'] as const);
  const threadCounts: (number | undefined)[] = positiveInts('threads', args.threads) ?? [undefined];
  const load = args.load === undefined ? 0 : Number(args.load);
  if (!(Number.isInteger(load) && load >= 0)) throw new Error(`--load expects a number of processes, got '${args.load}'.`);
  const rounds = positiveInts('rounds', args.rounds)?.[0] ?? 1;
  const loads = load > 0 ? [0, load] : [0];
  /** Switches to `backend` with a fresh kernel engine (so one case's thread guard never carries into the next). */
  const select = async (backend: ConcreteBackend, threads: number | undefined) => {
    stopKernelEngine();
    const kernels = args['no-kernels'] ? (false as const) : { threads, guard: !args['no-guard'] };
    const info = await setBackend(backend, { kernels });
    await tf.ready();
    return info;
  };
  for (const backend of backends) {
    try {
      const info = await select(backend, threadCounts[0]);
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
      for (const mode of modes) for (const variant of variants) {
        if (!variant.modes.includes(mode)) {
          console.log(JSON.stringify({ bench: 'probseq-vrnn', config: c.name, variant: variant.name, mode, backend, skipped: variant.skipReason }));
          continue;
        }
        const steps = args.steps ? Number(args.steps) : defaultSteps(c, mode, backend, variant);
        const warmup = args.warmup ? Number(args.warmup) : backend === 'cpu' ? 1 : 2;
        if (!(steps >= 1) || !(warmup >= 0)) throw new Error(`--steps must be ≥ 1 and --warmup ≥ 0, got ${args.steps}, ${args.warmup}.`);
        for (let round = 0; round < rounds; round++) {
          for (const threads of backend === 'wasm' ? threadCounts : [undefined]) {
            for (const busy of loads) {
              const info = await select(backend, threads);
              const model = vrnnModel(c, variant);
              // Busy processes start before the warm-up steps and end by themselves after 10 minutes at most.
              const beside = busy > 0 ? await startBusyLoad(busy, 600) : null;
              try {
                const engineThreads = info.kernels?.threads ?? 1;
                const r = runCase(model, c, { mode, variant, backend, steps, warmup, impl, threads: backend === 'wasm' ? engineThreads : 1, ceilingGflops: ceiling });
                const engine = getKernelEngine();
                console.log(
                  JSON.stringify({
                    ...r,
                    load: busy,
                    ...(rounds > 1 ? { round } : {}),
                    ...(engine?.info.reduced ? { threads_at_end: engine.info.threads, reduced: engine.info.reduced.reason } : {}),
                  }),
                );
              } finally {
                await beside?.stop();
                model.dispose();
              }
            }
          }
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
