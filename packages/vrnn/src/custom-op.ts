import * as tf from '@tensorflow/tfjs-core';

type K = tf.Tensor;

/** What an op's forward pass returns: its outputs, and the backward pass given d(outputs) and the saved tensors. */
export interface OpPass {
  value: K[];
  gradFunc: (dys: K[], saved: K[]) => K[];
}

interface EngineWithKernelFunc {
  state: { gradientDepth: number };
  runKernelFunc(params: {
    inputs: tf.NamedTensorMap;
    forwardFunc: (backend: unknown, save: tf.GradSaveFunc) => K[];
    backwardsFunc: (dy: K | K[], saved: K[]) => Record<string, () => K>;
  }): K | K[];
}

/**
 * A differentiable op with several outputs (tf.customGrad allows one; the engine's own custom-gradient entry
 * point allows several). `forward(save, recording)` computes the outputs; `recording` says whether a gradient
 * tape is active, so values only the backward pass needs are gathered only then. The gradient function returns
 * one gradient per input, in order.
 */
export function customOp(inputs: K[], forward: (save: tf.GradSaveFunc, recording: boolean) => OpPass): K[] {
  const engine = tf.engine() as unknown as EngineWithKernelFunc;
  const recording = engine.state.gradientDepth > 0;
  let gradFunc: OpPass['gradFunc'] | null = null;
  return engine.runKernelFunc({
    inputs: Object.fromEntries(inputs.map((t, i) => [String(i), t])),
    forwardFunc: (_backend: unknown, save: tf.GradSaveFunc) => {
      const r = forward(save, recording);
      gradFunc = r.gradFunc;
      return r.value;
    },
    backwardsFunc: (dy: K | K[], saved: K[]) => {
      const grads = gradFunc!(Array.isArray(dy) ? dy : [dy], saved);
      return Object.fromEntries(grads.map((g, i) => [String(i), () => g]));
    },
  }) as K[];
}
