import { describe, expect, it } from 'vitest';
import { lossText } from './progress';

describe('the progress line', () => {
  it('splits the ELBO into KL and reconstruction', () => {
    expect(lossText({ loss: 7.12345, kl: 0.5, rec: 6.62345 })).toBe('loss 7.123 · KL 0.500 · rec 6.623 nats/step');
  });

  it('shows the loss alone for objectives without that split (IWAE, FIVO report NaN), never "KL NaN"', () => {
    expect(lossText({ loss: 6.938, kl: Number.NaN, rec: Number.NaN })).toBe('loss 6.938 nats/step');
  });
});
