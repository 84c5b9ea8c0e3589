import * as tf from '@tensorflow/tfjs-core';
import { setBackend } from '@probseq/backend';
import { availableBackends, expectNoLeak } from '@probseq/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backendOf, checkSequence } from './validate-input';

describe('checkSequence: the finite scan', () => {
  beforeAll(async () => {
    await setBackend('cpu');
  });

  it('names the first non-finite entry by [t, b, d]', () => {
    // [T, B, D] = [3, 2, 2]: flat index 9 is t = 2, b = 0, d = 1.
    const values = Array.from({ length: 12 }, (_, i) => (i === 9 ? Number.NaN : i === 11 ? Infinity : i));
    const x = tf.tensor3d(values, [3, 2, 2]);
    expect(() => checkSequence('VRNN.elbo', x, 2)).toThrow('VRNN.elbo: x [3, 2, 2] contains NaN at [2, 0, 1]');
    expect(() => checkSequence('VRNN.elbo', x, 2, false)).not.toThrow();
    x.dispose();
  });

  it('passes finite input through and frees what it allocates', async () => {
    const x = tf.randomNormal([4, 3, 2], 0, 1, 'float32', 1) as tf.Tensor3D;
    await expectNoLeak(() => {
      expect(checkSequence('VRNN.elbo', x, 2)).toBe(x);
    });
    const bad = tf.tensor3d([1, Number.NaN], [1, 1, 2]);
    await expectNoLeak(() => {
      expect(() => checkSequence('VRNN.elbo', bad, 2)).toThrow(/contains NaN at \[0, 0, 1\]/);
    });
    tf.dispose([x, bad]);
  });
});

// A second CPU backend registered under the name 'webgpu': it can hold tensors, but no kernel is registered
// for it, so running the scan there would throw "Kernel 'IsFinite' not registered", and a spy sees any
// synchronous read. Real WebGPU (Dawn in Node) is checked below when the machine has an adapter.
describe("checkSequence on a backend named 'webgpu'", () => {
  let fresh = false;
  beforeAll(async () => {
    await setBackend('cpu');
    const Cpu = tf.findBackend('cpu')!.constructor as new () => tf.KernelBackend;
    if (!tf.findBackendFactory('webgpu')) {
      fresh = true;
      tf.registerBackend('webgpu', () => new Cpu());
    }
  });
  afterAll(async () => {
    if (fresh) tf.removeBackend('webgpu');
    await setBackend('cpu');
  });

  it('skips the scan without a synchronous read, and still checks the shape', async () => {
    expect(fresh, "no other 'webgpu' backend was registered before this suite").toBe(true);
    await tf.setBackend('webgpu');
    const x = tf.tensor3d([1, Number.NaN, Infinity, 4], [2, 1, 2]);
    expect(backendOf(x)).toBe('webgpu');
    const backend = tf.findBackend('webgpu')!;
    const readSync = vi.spyOn(backend, 'readSync');
    const dataSync = vi.spyOn(x, 'dataSync');
    expect(checkSequence('VRNN.elbo', x, 2)).toBe(x);
    expect(readSync).not.toHaveBeenCalled();
    expect(dataSync).not.toHaveBeenCalled();
    expect(() => checkSequence('VRNN.elbo', x, 3)).toThrow(
      'VRNN.elbo: x has feature dimension 2 but the model expects 3 (shape [T, B, 3], found [2, 1, 2])',
    );
    x.dispose();
    // The same values on cpu are caught: the skip follows the tensor's backend, not a global switch.
    await tf.setBackend('cpu');
    const y = tf.tensor3d([1, Number.NaN, Infinity, 4], [2, 1, 2]);
    expect(backendOf(y)).toBe('cpu');
    expect(() => checkSequence('VRNN.elbo', y, 2)).toThrow(/contains NaN at \[0, 0, 1\]/);
    y.dispose();
  });
});

describe.skipIf(!availableBackends().includes('webgpu'))('checkSequence on WebGPU (Dawn)', () => {
  beforeAll(async () => {
    await setBackend('webgpu');
  });
  afterAll(async () => {
    await setBackend('cpu');
  });

  it('does not read x back synchronously', () => {
    const x = tf.tensor3d([1, Number.NaN, 3, 4], [2, 1, 2]);
    expect(backendOf(x)).toBe('webgpu');
    const readSync = vi.spyOn(tf.findBackend('webgpu')!, 'readSync');
    expect(checkSequence('VRNN.elbo', x, 2)).toBe(x);
    expect(readSync).not.toHaveBeenCalled();
    x.dispose();
  });
});
