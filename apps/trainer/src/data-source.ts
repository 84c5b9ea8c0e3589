import {
  DataError,
  computeNormalization,
  countSteps,
  generateSynthetic,
  identityNormalization,
  splitSequences,
  type NormalizationStats,
  type SequenceDataset,
  type SyntheticName,
} from '@probseq/data';
import { readDataset } from '@probseq/data/node';
import { CliError } from './cli-error';
import { parseDataSpec } from './data-spec';

/** What config.json records about the data a model was trained on. */
export interface DataInfo {
  source: string;
  name: string;
  kind: SequenceDataset['kind'];
  dims: number;
  pitchOffset?: number;
  /** MIDI data: time steps per quarter note. */
  stepsPerQuarter?: number;
  /** Audio data: sample rate and samples per step. */
  audio?: SequenceDataset['audio'];
  sequences: { train: number; valid: number; test: number };
  steps: { train: number; valid: number; test: number };
  /** Median training-sequence length (the default length of samples). */
  medianLength: number;
}

const SYNTHETIC: readonly SyntheticName[] = ['multimodal', 'strokes'];

/**
 * Loads `--data`: `synthetic:NAME`, or a file / folder path with optional reader options after `?`
 * (see {@link parseDataSpec}); bad data → one-line CliError.
 */
export async function loadData(
  spec: string,
  options: { syntheticSequences: number; syntheticSteps: number; seed: number },
): Promise<SequenceDataset> {
  if (spec.startsWith('synthetic:')) {
    const name = spec.slice('synthetic:'.length) as SyntheticName;
    if (!SYNTHETIC.includes(name)) {
      throw new CliError(
        `--data ${spec}: unknown synthetic data set '${name}' (expected ${SYNTHETIC.map((s) => `synthetic:${s}`).join(' or ')})`,
      );
    }
    // The data seed is fixed so that runs with different --seed values see the same data.
    const g = generateSynthetic(name, {
      sequences: options.syntheticSequences,
      steps: options.syntheticSteps,
      seed: 1234,
    });
    return {
      name: `synthetic:${name}`,
      dims: g.dims,
      kind: name === 'strokes' ? 'strokes' : 'real',
      splits: splitSequences(g.sequences, { valid: 0.1, test: 0.1, seed: 1234 }),
      source: spec,
    };
  }
  const { path, options: readOptions } = parseDataSpec(spec);
  try {
    const ds = await readDataset(path, { ...readOptions, seed: 1234 });
    return { ...ds, source: spec };
  } catch (e) {
    if (e instanceof DataError) throw new CliError(e.message);
    throw e;
  }
}

/** Summarises a data set for config.json and the console. */
export function describeData(ds: SequenceDataset): DataInfo {
  const lengths = ds.splits.train.map((s) => s.length).sort((a, b) => a - b);
  return {
    source: ds.source,
    name: ds.name,
    kind: ds.kind,
    dims: ds.dims,
    ...(ds.pitchOffset !== undefined ? { pitchOffset: ds.pitchOffset } : {}),
    ...(ds.stepsPerQuarter !== undefined ? { stepsPerQuarter: ds.stepsPerQuarter } : {}),
    ...(ds.audio ? { audio: ds.audio } : {}),
    sequences: { train: ds.splits.train.length, valid: ds.splits.valid.length, test: ds.splits.test.length },
    steps: { train: countSteps(ds.splits.train), valid: countSteps(ds.splits.valid), test: countSteps(ds.splits.test) },
    medianLength: lengths[Math.floor(lengths.length / 2)],
  };
}

/**
 * The normalisation for a data set, from its training split: none for binary data, dx/dy only for
 * strokes, one mean and std over all samples for audio, per feature for other real values.
 */
export function normalizationFor(ds: SequenceDataset): NormalizationStats {
  if (ds.kind === 'binary') return identityNormalization(ds.dims);
  if (ds.audio) return computeNormalization(ds.splits.train, ds.dims, { pooled: true });
  if (ds.kind === 'strokes') return computeNormalization(ds.splits.train, ds.dims, { features: [0, 1] });
  return computeNormalization(ds.splits.train, ds.dims);
}

/** Σ_d log std_d: what log p(x) loses per time step when it is measured on the original scale. */
export function logJacobianPerStep(stats: NormalizationStats): number {
  return stats.std.reduce((a, s) => a + Math.log(s), 0);
}

/** The output distribution that fits the data when `--output` is not given. */
export function defaultOutput(kind: SequenceDataset['kind']): 'gaussian' | 'bernoulli' {
  return kind === 'binary' ? 'bernoulli' : 'gaussian';
}

/** Rejects an output distribution that cannot model the data (e.g. Bernoulli on real values). */
export function checkOutputFits(output: string, ds: SequenceDataset): void {
  if (output === 'bernoulli' && ds.kind !== 'binary') {
    throw new CliError(
      `--output bernoulli needs binary data, but ${ds.source} holds real values (use gaussian or gmm)`,
    );
  }
}
