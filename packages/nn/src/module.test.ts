import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { describeBackends } from '@probseq/testing';
import { Linear } from './linear';
import { MLP } from './mlp';
import { Module } from './module';

class Encoder extends Module {
  readonly mlp = this.registerModule('layers', new MLP(3, [4], { seed: 1 }));
  readonly scale = this.registerParameter('scale', tf.ones([2]), false);
}
class Model extends Module {
  readonly encoder = this.registerModule('encoder', new Encoder());
  readonly head = this.registerModule('head', new Linear(4, 2, { seed: 2, bias: false }));
}

describeBackends('Module', () => {
  it('names parameters with stable dotted paths in registration order', async () => {
    const m = new Model();
    expect(m.namedParameters().map(([n]) => n)).toEqual([
      'encoder.scale',
      'encoder.layers.layers.0.weight',
      'encoder.layers.layers.0.bias',
      'head.weight',
    ]);
    expect(m.namedModules().map(([n]) => n)).toEqual(['encoder', 'encoder.layers', 'encoder.layers.layers.0', 'head']);
    expect(m.numParams()).toBe(2 + 12 + 4 + 8);
    expect(m.parameters()).toHaveLength(4);
    expect(m.getParameter('head.weight').shape).toEqual([4, 2]);
    m.dispose();
  });

  it('tracks trainable flags', async () => {
    const m = new Model();
    expect(m.trainableParameters()).toHaveLength(3);
    m.encoder.setTrainable(false);
    expect(m.trainableParameters().map((v) => v.shape)).toEqual([[4, 2]]);
    m.dispose();
  });

  it('rejects duplicate and malformed names, unknown lookups', async () => {
    class Bad extends Module {}
    const b = new Bad();
    b.registerParameter('w', tf.zeros([1]));
    expect(() => b.registerParameter('w', tf.zeros([1]))).toThrow(/'w' is already registered on Bad/);
    expect(() => b.registerModule('a b', new Bad())).toThrow(/name must be letters/);
    expect(() => b.getParameter('v')).toThrow(/no parameter 'v'; parameters are: w/);
    b.dispose();
  });

  it('takes ownership of the init tensor and disposes everything it owns', async () => {
    const before = tf.memory().numTensors;
    const m = new Model();
    expect(tf.memory().numTensors).toBe(before + 4);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
    class Plain extends Module {}
    const p = new Plain();
    const external = tf.variable(tf.tensor1d([1, 2]));
    const ints = tf.tensor1d([3, 4], 'int32');
    const n0 = tf.memory().numTensors;
    const copy = p.registerParameter('copy', external);
    const cast = p.registerParameter('cast', ints);
    expect(external.isDisposed).toBe(false);
    expect(ints.isDisposed).toBe(true);
    expect(cast.dtype).toBe('float32');
    expect(Array.from((await cast.data()))).toEqual([3, 4]);
    const five = tf.tensor1d([5, 6]);
    copy.assign(five);
    five.dispose();
    expect(Array.from((await external.data()))).toEqual([1, 2]);
    expect(tf.memory().numTensors).toBe(n0 + 1);
    p.dispose();
    external.dispose();
  });
});
