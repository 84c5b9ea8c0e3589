import { describe, expect, it } from 'vitest';
import { settingsFromQuery } from './train-query';

describe('settingsFromQuery', () => {
  it('reads the sizes, steps and objective settings from the address', () => {
    expect(
      settingsFromQuery(
        '?steps=3&batch=4&seqLen=6&hDim=8&zDim=2&warmup=0&freeBits=0.1&lr=0.03&seed=5&posterior=smoothing',
      ),
    ).toEqual({
      steps: 3,
      batch: 4,
      seqLen: 6,
      hDim: 8,
      zDim: 2,
      klWarmup: 0,
      freeBits: 0.1,
      learningRate: 0.03,
      seed: 5,
      posterior: 'smoothing',
    });
  });

  it('leaves out what the address does not set, and ignores unknown names', () => {
    expect(settingsFromQuery('')).toEqual({});
    expect(settingsFromQuery('?batch=2&colour=red')).toEqual({ batch: 2 });
  });

  it('names the parameter and its range when a value is wrong', () => {
    expect(() => settingsFromQuery('?batch=0')).toThrow('The address sets batch=0: expected an integer from 1 to 256.');
    expect(() => settingsFromQuery('?steps=2.5')).toThrow('steps=2.5: expected an integer from 1 to 2000');
    expect(() => settingsFromQuery('?hDim=')).toThrow('hDim=: expected an integer');
    expect(() => settingsFromQuery('?freeBits=abc')).toThrow('freeBits=abc: expected a number from 0 to 5');
    expect(() => settingsFromQuery('?posterior=both')).toThrow('posterior=both: expected filtering or smoothing');
  });
});
