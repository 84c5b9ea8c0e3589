import * as tf from '@tensorflow/tfjs-core';
import { describeBackends } from '@probseq/testing';
import { expect, it } from 'vitest';
import { getConfig } from './configs';
import { getVariant, VARIANTS } from './variants';
import { benchVRNNConfig, vrnnModel } from './vrnn-model';

describeBackends(
  'bench variants on the tiny config',
  () => {
    it('changes what each variant names in the resolved VRNN configuration', () => {
      const tiny = getConfig('tiny');
      expect(benchVRNNConfig(tiny, getVariant('smoothing')).posterior).toBe('smoothing');
      expect(benchVRNNConfig(tiny, getVariant('gru')).cell).toBe('gru');
      expect(benchVRNNConfig(tiny, getVariant('gmm'))).toMatchObject({ output: 'gmm', mixtureComponents: 5 });
      expect(benchVRNNConfig(tiny, getVariant('mlp2')).encoderHidden).toEqual([8, 8]);
      expect(getVariant('iwae4')).toMatchObject({ objective: 'iwae(4)', samples: 4 });
      expect(() => getVariant('lstm2')).toThrow(/Unknown variant 'lstm2': expected one of filtering, smoothing/);
    });

    it.each(Object.keys(VARIANTS))('%s runs its modes with a flat tensor count and refuses the others', (name) => {
      const variant = getVariant(name);
      const model = vrnnModel(getConfig('tiny'), variant);
      const steps = { train: () => model.trainStep(), eval: () => model.evalStep(), sample: () => model.sampleStep() };
      for (const mode of ['train', 'eval', 'sample'] as const) {
        if (!variant.modes.includes(mode)) {
          expect(steps[mode]).toThrow(`variant '${name}' has no ${mode} mode`);
          continue;
        }
        steps[mode](); // Adam creates its moment slots on the first training step
        const before = tf.memory().numTensors;
        const loss = steps[mode]();
        expect(tf.memory().numTensors).toBe(before);
        if (mode !== 'sample') expect(Number.isFinite(loss)).toBe(true);
      }
      model.dispose();
    });
  },
  { backends: ['cpu'] },
);
