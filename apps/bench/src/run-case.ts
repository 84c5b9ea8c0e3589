import * as tf from '@tensorflow/tfjs-core';
import type { BenchModel } from './bench-model';
import type { BenchConfig } from './configs';
import { flopsPerStep } from './flops';
import type { BenchVariant } from './variants';
import { benchVRNNConfig } from './vrnn-model';

export type Mode = 'train' | 'eval' | 'sample';

/** One line of `pnpm bench` output. */
export interface BenchResult {
  bench: string;
  config: string;
  variant: string;
  mode: Mode;
  backend: string;
  threads: number;
  steps: number;
  seconds: number;
  steps_per_s: number;
  timesteps_per_s: number;
  peak_rss_mb: number;
  tensors_after: number;
  gflops_per_s: number;
  /** Fraction of the measured WASM matmul ceiling (train only, when the ceiling was measured). */
  ceiling_fraction?: number;
  impl: string;
  final_loss: number | null;
}

let peakRss = 0;
/** Samples the resident set size; `pnpm bench` calls it after every step and reports the maximum. */
export function sampleRss(): number {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return peakRss;
}

/** Times `steps` steps of `mode` after `warmup` steps; tensors are counted after the timed steps. */
export function runCase(
  model: BenchModel,
  c: BenchConfig,
  opts: { mode: Mode; variant: BenchVariant; backend: string; steps: number; warmup: number; impl: string; threads: number; ceilingGflops?: number },
): BenchResult {
  const step = (): number =>
    opts.mode === 'train' ? model.trainStep() : opts.mode === 'eval' ? model.evalStep() : (model.sampleStep(), Number.NaN);
  for (let i = 0; i < opts.warmup; i++) step();
  // Adam creates its moment slots on the first training step: without warmup, count from after it.
  let tensorsBefore = tf.memory().numTensors;
  let last = Number.NaN;
  const t0 = performance.now();
  for (let i = 0; i < opts.steps; i++) {
    last = step();
    sampleRss();
    if (i === 0 && opts.warmup === 0) tensorsBefore = tf.memory().numTensors;
  }
  const seconds = (performance.now() - t0) / 1000;
  const tensorsAfter = tf.memory().numTensors;
  if (tensorsAfter !== tensorsBefore) {
    throw new Error(`tensor leak in ${opts.mode}: ${tensorsBefore} tensors before the timed steps, ${tensorsAfter} after`);
  }
  const timesteps = c.batch * c.steps;
  const gflops = (flopsPerStep(benchVRNNConfig(c, opts.variant), opts.variant, opts.mode, timesteps) * opts.steps) / seconds / 1e9;
  const r: BenchResult = {
    bench: 'probseq-vrnn',
    config: c.name,
    variant: opts.variant.name,
    mode: opts.mode,
    backend: opts.backend,
    threads: opts.threads,
    steps: opts.steps,
    seconds: round(seconds, 4),
    steps_per_s: round(opts.steps / seconds, 3),
    timesteps_per_s: round((opts.steps * timesteps) / seconds, 1),
    peak_rss_mb: round(sampleRss() / 2 ** 20, 1),
    tensors_after: tensorsAfter,
    gflops_per_s: round(gflops, 2),
    impl: opts.impl,
    final_loss: Number.isNaN(last) ? null : round(last, 4),
  };
  if (opts.ceilingGflops && opts.mode === 'train') r.ceiling_fraction = round(gflops / opts.ceilingGflops, 3);
  return r;
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
