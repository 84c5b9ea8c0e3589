export { Distribution, distributionName } from './distribution';
export { Normal } from './normal';
export { DiagGaussian } from './diag-gaussian';
export { Bernoulli } from './bernoulli';
export type { BernoulliParams } from './bernoulli';
export { Categorical } from './categorical';
export type { CategoricalParams } from './categorical';
export { DiagGaussianMixture } from './diag-gaussian-mixture';
export { Independent } from './independent';
export { kl, registerKL, lookupKL } from './kl';
export type { DistributionClass, KLFunction } from './kl';
export { klMonteCarlo } from './kl-monte-carlo';
export { setDefaultValidateArgs, getDefaultValidateArgs } from './validate';
export type { DistributionOptions } from './validate';
/** The per-stream seed the distributions draw with (`sample(shape, seed)` uses stream 0). */
export { deriveSeed as noiseSeed } from './random';
