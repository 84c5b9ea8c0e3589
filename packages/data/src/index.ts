export { createRng, shuffled } from './random';
export type { Rng } from './random';
export {
  generateSynthetic,
  MULTIMODAL_MODES,
  MULTIMODAL_NOISE,
  MULTIMODAL_RADIUS,
  MULTIMODAL_STAY,
} from './synthetic';
export type { SyntheticData, SyntheticName, SyntheticOptions } from './synthetic';
export { DataError } from './data-error';
export { countSteps } from './dataset';
export type { DataKind, SequenceDataset, Splits } from './dataset';
export { splitSequences } from './split';
export type { SplitOptions } from './split';
export { parsePianoRoll, activePitches } from './piano-roll';
export { parseStrokes } from './strokes';
export { parseCsv } from './csv';
export type { CsvOptions, CsvSequences } from './csv';
export { parseJsonDataset, csvDataset, readDataset } from './read-dataset';
export type { ReadDatasetOptions } from './read-dataset';
export { padBatch, batchOrder } from './batching';
export type { PaddedBatch, BatchOrderOptions } from './batching';
export { computeNormalization, identityNormalization, normalize, denormalize } from './normalization';
export type { NormalizationOptions, NormalizationStats } from './normalization';
