export { VRNN } from './vrnn';
export type { Cell, LossOptions, SampleOptions } from './vrnn';
export { RNNBaseline, RNNBaseline as RNN } from './rnn-baseline';
export { resolveVRNNConfig, resolveRNNConfig } from './config';
export type { CellKind, PosteriorKind, RNNConfig, RNNOptions, VRNNConfig, VRNNOptions } from './config';
export { elboObjective, iwaeObjective, objectiveNames, registerObjective, resolveObjective } from './objectives';
export type { Objective, ObjectiveFactory } from './objectives';
export { fivoBound, fivoObjective } from './fivo';
export type {
  FivoOptions,
  FivoResult,
  ParticleModel,
  ParticleOptions,
  ParticleSteps,
  Resampling,
  ResamplingPolicy,
} from './fivo';
export { importanceChunks, importanceLogLikelihood } from './importance';
export { dropInputs } from './input-dropout';
export { SplitInputCell } from './split-input-cell';
export type { GateWeights, SplitState } from './split-input-cell';
export type {
  ElboOptions,
  InputDropoutOptions,
  LogLikelihoodOptions,
  LogWeightOptions,
  SequenceElbo,
  SequenceModel,
  SequenceOptions,
} from './sequence-model';
export type { ModelSource, ModelTarget } from './persistence';
