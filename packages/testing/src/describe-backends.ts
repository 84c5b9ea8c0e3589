import * as tf from '@tensorflow/tfjs-core';
import { setBackend, type ConcreteBackend } from '@probseq/backend';
import { beforeAll, describe } from 'vitest';

/**
 * The backends the numerical suites run on. `PROBSEQ_BACKENDS=cpu,wasm` narrows the list;
 * webgpu joins when `PROBSEQ_WEBGPU=1` (set by the root `pnpm test` once a WebGPU adapter is present).
 */
export function availableBackends(): ConcreteBackend[] {
  const env = typeof process !== 'undefined' ? process.env : {};
  const fromEnv = env.PROBSEQ_BACKENDS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) as ConcreteBackend[] | undefined;
  if (fromEnv && fromEnv.length > 0) return fromEnv;
  const list: ConcreteBackend[] = ['cpu', 'wasm'];
  if (env.PROBSEQ_WEBGPU === '1') list.push('webgpu');
  return list;
}

/** Options for {@link describeBackends}. */
export interface DescribeBackendsOptions {
  /**
   * The backends this suite may run on (intersected with the available ones). Keep heavy suites off
   * WebGPU-on-SwiftShader in CI with `{ backends: ['cpu', 'wasm'] }`.
   */
  backends?: readonly ConcreteBackend[];
}

/**
 * Runs `suite` once per available backend, like tfjs-core's `describeWithFlags(…, ALL_ENVS)`.
 * Note: on webgpu, `tf.addN` with 8 or more inputs returns wrong values (tfjs-backend-webgpu 4.22).
 */
export function describeBackends(
  name: string,
  suite: (backend: ConcreteBackend) => void,
  options: DescribeBackendsOptions = {},
): void {
  const allowed = options.backends;
  for (const backend of availableBackends()) {
    if (allowed && !allowed.includes(backend)) continue;
    describe(`${name} [${backend}]`, () => {
      beforeAll(async () => {
        await setBackend(backend);
        await tf.ready();
      });
      suite(backend);
    });
  }
}
