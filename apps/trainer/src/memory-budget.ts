import type { TrainConfig } from './config';

/** Default memory budget of one evaluation chunk, in MiB (`probseq eval --max-memory`). */
export const DEFAULT_EVAL_MEMORY_MIB = 1024;

/**
 * Bytes of activations one row (one sample of one sequence) holds per time step while a model is
 * evaluated: tfjs tensors plus the WASM kernel engine's buffers. An upper estimate fitted to heap growth
 * measured on wasm (X = 88, 256; H = 4…64): ≈ 9·X floats for a Bernoulli output (twice that for a
 * Gaussian), ≈ 8 floats per unit of the LSTM state (its four gates, kept for the pass) and a few per
 * hidden and latent unit.
 */
export function bytesPerRowStep(
  cfg: Pick<TrainConfig, 'hDim' | 'zDim' | 'hidden' | 'mixtureComponents'>,
  xDim: number,
  output: 'gaussian' | 'gmm' | 'bernoulli',
): number {
  const outputs = output === 'bernoulli' ? 1 : output === 'gaussian' ? 2 : 2 * cfg.mixtureComponents + 1;
  return 4 * (13 * xDim * outputs + 16 * cfg.hDim + 10 * cfg.hidden + 12 * cfg.zDim);
}

/** The rows × time steps that fit in `mib` MiB. */
export function rowStepBudget(mib: number, bytesPerRow: number): number {
  return Math.max(1, Math.floor((mib * 2 ** 20) / bytesPerRow));
}

/** Whether an error is an allocation failure of a WASM heap (tfjs-wasm's or the kernel engine's). */
export function isOutOfMemory(e: unknown): boolean {
  const m = e instanceof Error ? e.message : String(e);
  return /Maximum memory size exceeded|Cannot enlarge memory|out of memory|Array buffer allocation failed|OOM/i.test(m);
}
