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
