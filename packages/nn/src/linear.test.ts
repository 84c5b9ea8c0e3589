import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { describeBackends, expectClose, expectNoLeak } from '@probseq/testing';
import { Linear } from './linear';
import { MLP } from './mlp';

function matmulF64(x: number[][], w: number[][], b?: number[]): number[][] {
  return x.map((row) => w[0].map((_, j) => row.reduce((s, xi, i) => s + xi * w[i][j], b ? b[j] : 0)));
}

describeBackends('Linear', () => {
  it('computes x·W + b like a float64 reference, for 1-D, 2-D and 3-D inputs', async () => {
    const lin = new Linear(4, 3, { seed: 5 });
    const w = (await lin.weight.array()) as number[][];
    const b = Array.from((await lin.bias!.data()));
    const x = [[0.5, -1, 2, 0.25], [1, 2, 3, 4], [-3, 0.1, 0, 1]];
    expectClose(await (lin.apply(tf.tensor2d(x))).data(), matmulF64(x, w, b), 1e-5);
    expectClose(await (lin.apply(tf.tensor1d(x[0]))).data(), matmulF64([x[0]], w, b), 1e-5);
    const y3 = lin.apply(tf.tensor3d([x, x]));
    expect(y3.shape).toEqual([2, 3, 3]);
    expectClose(await y3.data(), [...matmulF64(x, w, b), ...matmulF64(x, w, b)], 1e-5);
    const nb = new Linear(4, 3, { seed: 5, bias: false });
    expect(nb.bias).toBeNull();
    expect(nb.namedParameters().map(([n]) => n)).toEqual(['weight']);
    expectClose(await (nb.apply(tf.tensor2d(x))).data(), matmulF64(x, (await nb.weight.array()) as number[][]), 1e-5);
    lin.dispose();
    nb.dispose();
  });

  it('has the closed-form gradients of sum(R ⊙ (xW + b))', async () => {
    const lin = new Linear(3, 2, { seed: 1 });
    const x = [[1, 2, 3], [-1, 0.5, 2]];
    const r = [[0.3, -1], [2, 0.5]];
    const xt = tf.tensor2d(x);
    const rt = tf.tensor2d(r);
    const { grads } = tf.variableGrads(() => tf.sum(tf.mul(lin.apply(xt), rt)) as tf.Scalar);
    // dL/dW = xᵀR, dL/db = Σ_rows R.
    const dW = [0, 1, 2].map((i) => [0, 1].map((j) => x[0][i] * r[0][j] + x[1][i] * r[1][j]));
    expectClose(await grads[lin.weight.name].data(), dW, 1e-5);
    expectClose(await grads[lin.bias!.name].data(), [2.3, -0.5], 1e-5);
    const gx = tf.grad((xi: tf.Tensor) => tf.sum(tf.mul(lin.apply(xi), rt)))(xt);
    const w = (await lin.weight.array()) as number[][];
    // dL/dx = R Wᵀ.
    expectClose(await gx.data(), r.map((row) => w.map((wi) => wi[0] * row[0] + wi[1] * row[1])), 1e-5);
    tf.dispose([xt, rt, gx, ...Object.values(grads)]);
    lin.dispose();
  });

  it('rejects inputs of the wrong width with both shapes', async () => {
    const lin = new Linear(4, 3, { seed: 0 });
    const x = tf.zeros([2, 5]);
    expect(() => lin.apply(x)).toThrow('Linear.apply: x must have shape [..., 4], found [2,5]');
    expect(() => new Linear(0, 3)).toThrow(/inFeatures must be a positive integer, found 0/);
    x.dispose();
    lin.dispose();
  });

  it('does not leak', async () => {
    const mlp = new MLP(4, [8, 8], { seed: 0, outFeatures: 2, activation: ['tanh', 'softplus'] });
    const x = tf.ones([3, 4]);
    await expectNoLeak(() => mlp.apply(x));
    await expectNoLeak(() => tf.variableGrads(() => tf.sum(mlp.apply(x)) as tf.Scalar));
    x.dispose();
    mlp.dispose();
  });
});

describeBackends('MLP', () => {
  it('matches a float64 reference with per-layer activations', async () => {
    const mlp = new MLP(3, [5, 4], { activation: ['tanh', 'relu'], outFeatures: 2, outActivation: 'sigmoid', seed: 9 });
    expect(mlp.namedParameters().map(([n]) => n)).toEqual([
      'layers.0.weight', 'layers.0.bias', 'layers.1.weight', 'layers.1.bias', 'layers.2.weight', 'layers.2.bias',
    ]);
    expect(mlp.outFeatures).toBe(2);
    const x = [[0.2, -0.7, 1.5], [1, 1, -1]];
    const acts = [Math.tanh, (v: number) => Math.max(v, 0), (v: number) => 1 / (1 + Math.exp(-v))];
    let h = x;
    for (const [i, l] of mlp.layers.entries()) {
      h = matmulF64(h, (await l.weight.array()) as number[][], Array.from(await l.bias!.data())).map((r) => r.map(acts[i]));
    }
    expectClose(await (mlp.apply(tf.tensor2d(x))).data(), h, 1e-5);
    mlp.dispose();
  });

  it('validates its configuration', async () => {
    expect(() => new MLP(3, [4, 4], { activation: ['tanh'] })).toThrow(/one entry per hidden layer \(2\), found 1/);
    expect(() => new MLP(3, [4], { activation: 'gelu' as never })).toThrow(/activation\[0\] must be one of/);
    expect(() => new MLP(3, [])).toThrow(/at least one hidden layer or outFeatures/);
  });
});
