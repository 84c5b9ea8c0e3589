import type { VRNNOptions } from '@probseq/vrnn';
import type { BenchConfig } from './configs';
import type { Mode } from './run-case';

/** A model variant of a benchmark configuration: what it changes in the VRNN and how each mode runs it. */
export interface BenchVariant {
  name: string;
  /** What the variant changes in the configuration's VRNN options (`c.mlp` is the MLP width). */
  options: (c: BenchConfig) => Partial<VRNNOptions>;
  /** The objective of `model.loss` in train and eval; unset: the ELBO. */
  objective?: string;
  /** Importance samples per sequence of one train/eval pass (iwae(K) and logLikelihood: K; else 1). */
  samples: number;
  /** Eval runs `model.logLikelihood(x, { samples })` instead of the loss. */
  logLikelihood: boolean;
  /** The modes it runs; the others print a `skipped` line with `skipReason`. */
  modes: readonly Mode[];
  skipReason?: string;
}

const ALL_MODES: readonly Mode[] = ['train', 'eval', 'sample'];

function modelVariant(name: string, options: BenchVariant['options']): BenchVariant {
  return { name, options, samples: 1, logLikelihood: false, modes: ALL_MODES };
}

function importanceWeighted(k: number): BenchVariant {
  return { ...modelVariant(`iwae${k}`, () => ({})), objective: `iwae(${k})`, samples: k };
}

function fivo(n: number): BenchVariant {
  return { ...modelVariant(`fivo${n}`, () => ({})), objective: `fivo(${n})`, samples: n };
}

function logLikelihoodEval(k: number): BenchVariant {
  return {
    ...modelVariant(`ll${k}`, () => ({})),
    samples: k,
    logLikelihood: true,
    modes: ['eval'],
    skipReason: `ll${k} is evaluation only: model.logLikelihood(x, { samples: ${k} })`,
  };
}

/** The variants of `pnpm bench --variant`; `filtering` is the configuration's own model (LSTM, filtering posterior, ELBO). */
export const VARIANTS: Record<string, BenchVariant> = Object.fromEntries(
  [
    modelVariant('filtering', () => ({})),
    modelVariant('smoothing', () => ({ posterior: 'smoothing' })),
    modelVariant('gru', () => ({ cell: 'gru' })),
    modelVariant('gmm', () => ({ output: 'gmm', mixtureComponents: 5 })),
    importanceWeighted(4),
    fivo(4),
    modelVariant('mlp2', (c) => {
      const two = [c.mlp, c.mlp];
      return { phiXHidden: two, phiZHidden: two, priorHidden: two, encoderHidden: two, decoderHidden: two };
    }),
    logLikelihoodEval(100),
  ].map((v) => [v.name, v]),
);

/** Looks a variant up by name; throws with the known names. */
export function getVariant(name: string): BenchVariant {
  const v = VARIANTS[name];
  if (!v) throw new Error(`Unknown variant '${name}': expected one of ${Object.keys(VARIANTS).join(', ')}.`);
  return v;
}
