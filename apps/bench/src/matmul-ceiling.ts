import * as tf from '@tensorflow/tfjs-core';
import { round } from './run-case';

/** GFLOP/s of a plain `[m, k]·[k, n]` matMul on the current backend (median of `reps` timed batches). */
export function matmulGflops(m: number, k: number, n: number, reps = 5): number {
  const a = tf.randomNormal([m, k], 0, 1, 'float32', 1);
  const b = tf.randomNormal([k, n], 0, 1, 'float32', 2);
  const flops = 2 * m * k * n;
  const inner = Math.max(1, Math.round(2e8 / flops));
  const once = () => {
    const c = tf.matMul(a, b);
    c.dataSync();
    c.dispose();
  };
  once();
  const rates: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) once();
    rates.push((flops * inner) / ((performance.now() - t0) / 1000) / 1e9);
  }
  a.dispose();
  b.dispose();
  rates.sort((x, y) => x - y);
  return rates[Math.floor(rates.length / 2)];
}

/** The shapes measured: square ones for the ceiling, and the VRNN's recurrent matmuls for reference. */
export const CEILING_SHAPES: Array<[number, number, number]> = [
  [256, 256, 256],
  [512, 512, 512],
  [1024, 1024, 1024],
  [16, 128, 640], // small: h · [enc | gates]
  [32, 512, 2560], // medium: h · [enc | gates]
  [1024, 256, 128], // small: a hoisted layer over T·B rows
  [2048, 1024, 512], // medium: decoder layer 1 over T·B rows
];

export interface CeilingResult {
  bench: 'matmul-ceiling';
  backend: string;
  shapes: Array<{ m: number; k: number; n: number; gflops_per_s: number }>;
  ceiling_gflops_per_s: number;
}

/** Runs the matmul micro-benchmark; the ceiling is the best rate over the shapes. */
export function matmulCeiling(backend: string): CeilingResult {
  const shapes = CEILING_SHAPES.map(([m, k, n]) => ({ m, k, n, gflops_per_s: round(matmulGflops(m, k, n), 2) }));
  return { bench: 'matmul-ceiling', backend, shapes, ceiling_gflops_per_s: Math.max(...shapes.map((s) => s.gflops_per_s)) };
}
