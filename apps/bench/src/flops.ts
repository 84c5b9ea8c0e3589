import type { VRNNConfig } from '@probseq/vrnn';
import type { Mode } from './run-case';
import type { BenchVariant } from './variants';

/** Multiply–adds of an MLP `input → hidden[0] → … → hidden[n−1] (→ out)`; `out` 0: no head (φx, φz). */
function mlpMacs(input: number, hidden: readonly number[], out: number): number {
  const widths = [input, ...hidden, ...(out > 0 ? [out] : [])];
  let macs = 0;
  for (let i = 1; i < widths.length; i++) macs += widths[i - 1] * widths[i];
  return macs;
}

/** Gate blocks of a cell: LSTM i, f, g, o; GRU r, z, n. */
function gates(cell: VRNNConfig['cell']): number {
  return cell === 'lstm' ? 4 : 3;
}

/** Outputs of the decoder's head: Bernoulli logits (x), Gaussian [μ | ρ] (2x), K mixture components of [w, μ, ρ] (K·(2x+1)). */
function decoderOutputs(c: VRNNConfig): number {
  if (c.output === 'bernoulli') return c.xDim;
  if (c.output === 'gaussian') return 2 * c.xDim;
  return c.mixtureComponents * (2 * c.xDim + 1);
}

/** Multiply–adds of one cell step: the input and recurrent gate matmuls, `[input + hidden] · [·, G·hidden]`. */
function cellMacs(cell: VRNNConfig['cell'], input: number, hidden: number): number {
  return (input + hidden) * gates(cell) * hidden;
}

/** Multiply–adds per time step and sequence of everything but the encoder and the backward RNN. */
function generativeMacs(c: VRNNConfig): number {
  const mx = c.phiXHidden[c.phiXHidden.length - 1];
  const mz = c.phiZHidden[c.phiZHidden.length - 1];
  return (
    mlpMacs(c.xDim, c.phiXHidden, 0) +
    mlpMacs(c.zDim, c.phiZHidden, 0) +
    mlpMacs(c.hDim, c.priorHidden, 2 * c.zDim) +
    mlpMacs(mz + c.hDim, c.decoderHidden, decoderOutputs(c)) +
    cellMacs(c.cell, mx + mz, c.hDim)
  );
}

/**
 * Matmul FLOPs (2 per multiply–add) of one forward pass over one time step of one sequence: φx, φz, prior,
 * encoder, decoder and the cell's gates, plus, for the smoothing posterior, the backward RNN over φx and the
 * encoder's wider input [φx, a, h].
 */
export function forwardFlopsPerTimestep(c: VRNNConfig): number {
  const mx = c.phiXHidden[c.phiXHidden.length - 1];
  const a = c.posterior === 'smoothing' ? c.smoothingHidden : 0;
  const backward = a > 0 ? cellMacs(c.cell, mx, a) : 0;
  return 2 * (generativeMacs(c) + mlpMacs(mx + a + c.hDim, c.encoderHidden, 2 * c.zDim) + backward);
}

/** Matmul FLOPs of one ancestral-sampling step of one sequence: prior, φz, decoder, φx, cell (no encoder, no backward RNN). */
export function sampleFlopsPerTimestep(c: VRNNConfig): number {
  return 2 * generativeMacs(c);
}

/**
 * FLOPs of one benchmark step of `timesteps` (batch × T) time steps: training = 3 × forward; a variant with K
 * importance samples (iwae(K), logLikelihood with K) makes K forward passes per sequence; sampling makes one.
 */
export function flopsPerStep(c: VRNNConfig, variant: BenchVariant, mode: Mode, timesteps: number): number {
  if (mode === 'sample') return sampleFlopsPerTimestep(c) * timesteps;
  return forwardFlopsPerTimestep(c) * variant.samples * timesteps * (mode === 'train' ? 3 : 1);
}
