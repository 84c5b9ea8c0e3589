import * as tf from '@tensorflow/tfjs-core';
import { getKernelEngine } from '@probseq/backend';

// dx = dy·Wᵀ and dW = xᵀ·dy. probseq's kernel engine (wasm) reads transposed operands through strides at
// full speed; tfjs's own WASM matMul with transposeA/transposeB is about 10× slower than a plain one, so on
// wasm without the engine the gradients use plain matMuls and transpose the batch-sized operands instead.
// Other backends take the transposed operands as they are (the same products, summed in the same order): on
// WebGPU an explicit transpose is one more kernel, and on a software adapter (SwiftShader) a slow one — its
// tiled transpose waits on workgroup barriers, 1–25 ms per transpose of a training step's shapes.
function affineGrads(dy: tf.Tensor, x: tf.Tensor, w: tf.Tensor): [tf.Tensor, tf.Tensor] {
  if (getKernelEngine() || tf.getBackend() !== 'wasm') {
    return [tf.matMul(dy as tf.Tensor2D, w as tf.Tensor2D, false, true), tf.matMul(x as tf.Tensor2D, dy as tf.Tensor2D, true, false)];
  }
  const dx = tf.transpose(tf.matMul(w as tf.Tensor2D, tf.transpose(dy) as tf.Tensor2D));
  const dw = tf.matMul(tf.transpose(x) as tf.Tensor2D, dy as tf.Tensor2D);
  return [dx, dw];
}

const affineWithBias = tf.customGrad(((x: tf.Tensor, w: tf.Tensor, b: tf.Tensor, save: tf.GradSaveFunc) => {
  save([x, w]);
  return {
    // The WASM fused kernel only takes a rank-1 bias; a per-row offset is a separate add.
    value:
      b.rank === 1
        ? tf.fused.matMul({ a: x as tf.Tensor2D, b: w as tf.Tensor2D, bias: b })
        : tf.add(tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D), b),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [sx, sw] = saved;
      const [dx, dw] = affineGrads(dy, sx, sw);
      const db = b.rank === dy.rank ? tf.reshape(reduceTo(dy, b.shape), b.shape) : tf.sum(dy, 0);
      return [dx, dw, db];
    },
  };
}) as unknown as Parameters<typeof tf.customGrad>[0]);

const affineNoBias = tf.customGrad(((x: tf.Tensor, w: tf.Tensor, save: tf.GradSaveFunc) => {
  save([x, w]);
  return {
    value: tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [sx, sw] = saved;
      return affineGrads(dy, sx, sw);
    },
  };
}) as unknown as Parameters<typeof tf.customGrad>[0]);

function reduceTo(dy: tf.Tensor, shape: number[]): tf.Tensor {
  const axes: number[] = [];
  for (let i = 0; i < dy.rank; i++) if (shape[i] === 1 && dy.shape[i] !== 1) axes.push(i);
  return axes.length > 0 ? tf.sum(dy, axes, true) : dy;
}

/**
 * `x·W + b` for `x` of shape `[..., in]`, `W` of shape `[in, out]` and `b` broadcastable to
 * `[N, out]` (`[out]`, or `[N, out]` for a per-row offset such as a precomputed input projection).
 * One plain matMul forwards; plain matMuls backwards.
 * @param x Inputs `[..., in]`.
 * @param w Weight `[in, out]`.
 * @param b Bias `[out]` or `[N, out]`; omit it (or pass null) for none.
 */
export function affine(x: tf.Tensor, w: tf.Tensor, b?: tf.Tensor | null): tf.Tensor {
  if (w.rank !== 2) throw new Error(`affine: weight must be 2-D [in, out], found shape [${w.shape}]`);
  const [inF, outF] = w.shape as [number, number];
  if (x.shape[x.rank - 1] !== inF) {
    throw new Error(`affine: x must have last dimension ${inF} (weight [${w.shape}]), found shape [${x.shape}]`);
  }
  const x2 = x.rank === 2 ? x : tf.reshape(x, [-1, inF]);
  const n = x2.shape[0] as number;
  let y: tf.Tensor;
  if (b == null) y = affineNoBias(x2, w);
  else {
    const bOk =
      (b.rank === 1 && b.shape[0] === outF) ||
      (b.rank === 2 && (b.shape[0] === n || b.shape[0] === 1) && b.shape[1] === outF);
    if (!bOk) throw new Error(`affine: bias must have shape [${outF}] or [${n}, ${outF}], found [${b.shape}]`);
    y = affineWithBias(x2, w, b);
  }
  return x.rank === 2 ? y : tf.reshape(y, [...x.shape.slice(0, -1), outF]);
}
