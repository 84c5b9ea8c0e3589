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
