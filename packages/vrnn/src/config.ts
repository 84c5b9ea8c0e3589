import { OUTPUT_KINDS, type OutputKind } from '@probseq/vae';

/** Recurrent cell kinds. */
export type CellKind = 'lstm' | 'gru';
/** Posterior families of the VRNN. */
export type PosteriorKind = 'filtering' | 'smoothing';

/** Configuration of a {@link VRNN} (all sizes are widths of layers). */
export interface VRNNConfig {
  /** Data dimension D of x_t. */
  xDim: number;
  /** Recurrent state size of h_t. */
  hDim: number;
  /** Latent dimension of z_t. */
  zDim: number;
  /** Layer sizes of φx (each followed by ReLU); the last is the feature width. */
  phiXHidden: number[];
  /** Layer sizes of φz (each followed by ReLU). */
  phiZHidden: number[];
  /** Hidden sizes of the prior MLP p(z_t | h_{t−1}). */
  priorHidden: number[];
  /** Hidden sizes of the encoder MLP q(z_t | φx(x_t), [a_t,] h_{t−1}). */
  encoderHidden: number[];
  /** Hidden sizes of the decoder MLP p(x_t | φz(z_t), h_{t−1}). */
  decoderHidden: number[];
  /** Recurrence f: `'lstm'` or `'gru'`. */
  cell: CellKind;
  /** Observation model. */
  output: OutputKind;
  /** Components K of a `'gmm'` output. */
  mixtureComponents: number;
  /** `'filtering'`: q(z_t | x_≤t, z_<t) (the paper); `'smoothing'`: q also sees a backward RNN over x_≥t. */
  posterior: PosteriorKind;
  /** State size of the backward RNN of the smoothing posterior (default hDim). */
  smoothingHidden: number;
  /** Floor of every Gaussian scale (softplus(ρ) + minScale). */
  minScale: number;
  /** Initialiser seed. */
  seed: number;
}

/** What a VRNN constructor needs: xDim, anything else has a default. */
export type VRNNOptions = Partial<VRNNConfig> & Pick<VRNNConfig, 'xDim'> & {
  phiXHidden?: number | number[];
  phiZHidden?: number | number[];
  priorHidden?: number | number[];
  encoderHidden?: number | number[];
  decoderHidden?: number | number[];
};

/** Configuration of an {@link RNNBaseline}. */
export interface RNNConfig {
  /** Data dimension D. */
  xDim: number;
  /** Recurrent state size. */
  hDim: number;
  /** Layer sizes of φx (each followed by ReLU). */
  phiXHidden: number[];
  /** Hidden sizes of the output MLP p(x_t | h_{t−1}). */
  decoderHidden: number[];
  /** Recurrence: `'lstm'` or `'gru'`. */
  cell: CellKind;
  /** Observation model: `'gaussian'` (RNN-Gauss), `'gmm'` (RNN-GMM) or `'bernoulli'`. */
  output: OutputKind;
  /** Components K of a `'gmm'` output. */
  mixtureComponents: number;
  /** Floor of every Gaussian scale. */
  minScale: number;
  /** Initialiser seed. */
  seed: number;
}

/** What an RNNBaseline constructor needs: xDim, anything else has a default. */
export type RNNOptions = Partial<RNNConfig> & Pick<RNNConfig, 'xDim'> & {
  phiXHidden?: number | number[];
  decoderHidden?: number | number[];
};

const toList = (v: number | number[] | undefined, fallback: number[]): number[] =>
  v === undefined ? fallback : Array.isArray(v) ? [...v] : [v];

function checkInt(owner: string, field: string, v: unknown, min = 1): void {
  if (!Number.isInteger(v) || (v as number) < min) {
    throw new Error(`${owner} config: ${field} must be an integer ≥ ${min}, found ${JSON.stringify(v)}`);
  }
}

function checkList(owner: string, field: string, v: unknown): void {
  if (!Array.isArray(v) || v.some((s) => !Number.isInteger(s) || s < 1)) {
    throw new Error(`${owner} config: ${field} must be a list of positive integers, found ${JSON.stringify(v)}`);
  }
}

function checkEnum(owner: string, field: string, v: unknown, allowed: readonly string[]): void {
  if (!allowed.includes(v as string)) {
    throw new Error(`${owner} config: ${field} must be one of ${allowed.join(', ')}, found ${JSON.stringify(v)}`);
  }
}

/** Fills in defaults and validates a VRNN configuration; errors name the field. */
export function resolveVRNNConfig(options: VRNNOptions): VRNNConfig {
  const hDim = options.hDim ?? 64;
  const m = 64;
  const c: VRNNConfig = {
    xDim: options.xDim,
    hDim,
    zDim: options.zDim ?? 16,
    phiXHidden: toList(options.phiXHidden, [m]),
    phiZHidden: toList(options.phiZHidden, [m]),
    priorHidden: toList(options.priorHidden, [m]),
    encoderHidden: toList(options.encoderHidden, [m]),
    decoderHidden: toList(options.decoderHidden, [m]),
    cell: options.cell ?? 'lstm',
    output: options.output ?? 'gaussian',
    mixtureComponents: options.mixtureComponents ?? 5,
    posterior: options.posterior ?? 'filtering',
    smoothingHidden: options.smoothingHidden ?? hDim,
    minScale: options.minScale ?? 1e-4,
    seed: options.seed ?? 0,
  };
  for (const f of ['xDim', 'hDim', 'zDim', 'mixtureComponents', 'smoothingHidden'] as const) checkInt('VRNN', f, c[f]);
  for (const f of ['phiXHidden', 'phiZHidden', 'priorHidden', 'encoderHidden', 'decoderHidden'] as const) checkList('VRNN', f, c[f]);
  checkEnum('VRNN', 'cell', c.cell, ['lstm', 'gru']);
  checkEnum('VRNN', 'output', c.output, OUTPUT_KINDS);
  checkEnum('VRNN', 'posterior', c.posterior, ['filtering', 'smoothing']);
  if (!(c.minScale >= 0)) throw new Error(`VRNN config: minScale must be ≥ 0, found ${c.minScale}`);
  if (!Number.isFinite(c.seed)) throw new Error(`VRNN config: seed must be a finite number, found ${c.seed}`);
  return c;
}

/** Fills in defaults and validates an RNN-baseline configuration; errors name the field. */
export function resolveRNNConfig(options: RNNOptions): RNNConfig {
  const c: RNNConfig = {
    xDim: options.xDim,
    hDim: options.hDim ?? 64,
    phiXHidden: toList(options.phiXHidden, [64]),
    decoderHidden: toList(options.decoderHidden, [64]),
    cell: options.cell ?? 'lstm',
    output: options.output ?? 'gaussian',
    mixtureComponents: options.mixtureComponents ?? 5,
    minScale: options.minScale ?? 1e-4,
    seed: options.seed ?? 0,
  };
  for (const f of ['xDim', 'hDim', 'mixtureComponents'] as const) checkInt('RNN', f, c[f]);
  for (const f of ['phiXHidden', 'decoderHidden'] as const) checkList('RNN', f, c[f]);
  checkEnum('RNN', 'cell', c.cell, ['lstm', 'gru']);
  checkEnum('RNN', 'output', c.output, OUTPUT_KINDS);
  if (!(c.minScale >= 0)) throw new Error(`RNN config: minScale must be ≥ 0, found ${c.minScale}`);
  return c;
}
