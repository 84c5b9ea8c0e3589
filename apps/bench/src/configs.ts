/** A benchmark configuration, the same as `CONFIGS` in `shared/peers/torch_vrnn.py`. */
export interface BenchConfig {
  name: string;
  xDim: number;
  output: 'bernoulli' | 'gaussian';
  hDim: number;
  zDim: number;
  /** Width of every MLP hidden layer and of the feature extractors φx, φz. */
  mlp: number;
  batch: number;
  steps: number;
}

/** The configurations shared with the PyTorch peer, plus `tiny` for the leak test. */
export const CONFIGS: Record<string, BenchConfig> = {
  small: { name: 'small', xDim: 88, output: 'bernoulli', hDim: 128, zDim: 32, mlp: 128, batch: 16, steps: 64 },
  medium: { name: 'medium', xDim: 200, output: 'gaussian', hDim: 512, zDim: 64, mlp: 512, batch: 32, steps: 64 },
  tiny: { name: 'tiny', xDim: 6, output: 'gaussian', hDim: 8, zDim: 3, mlp: 8, batch: 2, steps: 5 },
};

/** Looks a configuration up by name; throws with the known names. */
export function getConfig(name: string): BenchConfig {
  const c = CONFIGS[name];
  if (!c) throw new Error(`Unknown config '${name}': expected one of ${Object.keys(CONFIGS).join(', ')}.`);
  return c;
}

/**
 * Multiply–add FLOPs (2 per MAC) of one forward pass over one sequence step of one batch element:
 * φx, φz, prior, encoder, decoder (one hidden layer each) and the LSTM's fused gate matmul.
 */
export function forwardFlopsPerTimestep(c: BenchConfig): number {
  const { xDim: x, hDim: h, zDim: z, mlp: m } = c;
  const out = c.output === 'bernoulli' ? x : 2 * x;
  const macs =
    x * m + // φx
    z * m + // φz
    (h * m + m * 2 * z) + // prior
    ((m + h) * m + m * 2 * z) + // encoder
    ((m + h) * m + m * out) + // decoder
    (2 * m + h) * 4 * h; // LSTM gates
  return 2 * macs;
}

/** Matmul FLOPs of one sampling step per batch element (prior, φz, decoder, φx, LSTM; no encoder). */
export function sampleFlopsPerTimestep(c: BenchConfig): number {
  const { hDim: h, zDim: z, mlp: m } = c;
  return forwardFlopsPerTimestep(c) - 2 * ((m + h) * m + m * 2 * z);
}

/** FLOPs of one benchmark step in a mode: training counts forward + backward as 3× forward. */
export function flopsPerStep(c: BenchConfig, mode: 'train' | 'eval' | 'sample'): number {
  const ts = c.batch * c.steps;
  if (mode === 'sample') return sampleFlopsPerTimestep(c) * ts;
  return forwardFlopsPerTimestep(c) * ts * (mode === 'train' ? 3 : 1);
}
