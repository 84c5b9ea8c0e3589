/**
 * What a sequence data set holds, and so which output distribution fits it:
 * `binary` (piano rolls, Bernoulli), `real` (Gaussian or mixture), `strokes` (dx, dy real; penUp binary).
 */
export type DataKind = 'binary' | 'real' | 'strokes';

/** The three standard splits; each is a list of sequences, `seq[t]` a feature vector of length `dims`. */
export interface Splits {
  train: number[][][];
  valid: number[][][];
  test: number[][][];
}

/** A data set as the readers return it: dense feature vectors, time steps in order. */
export interface SequenceDataset {
  /** Human-readable name. */
  name: string;
  /** Features per time step. */
  dims: number;
  kind: DataKind;
  splits: Splits;
  /** Piano rolls only: MIDI note of feature 0. */
  pitchOffset?: number;
  /** Piano rolls read from MIDI: time steps per quarter note. */
  stepsPerQuarter?: number;
  /** Audio only: a step is a frame of `frameSize` consecutive samples at `sampleRate` Hz. */
  audio?: AudioFraming;
  /** Where the data came from (file path, or `synthetic:NAME`). */
  source: string;
}

/** How audio was cut into steps: frames of `frameSize` mono samples at `sampleRate` Hz. */
export interface AudioFraming {
  sampleRate: number;
  frameSize: number;
}

/**
 * The number of time steps in a list of sequences.
 * @param sequences - the sequences, each a list of steps.
 */
export function countSteps(sequences: readonly (readonly unknown[])[]): number {
  let n = 0;
  for (const s of sequences) n += s.length;
  return n;
}
