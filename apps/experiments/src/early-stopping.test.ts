import { describe, expect, it } from 'vitest';
import { nextTrainingTarget, stoppingState } from './early-stopping';

const curve = (bounds: number[], every = 100) => bounds.map((bound, i) => ({ step: (i + 1) * every, bound }));
const opts = { patience: 3, maxSteps: 10_000, tolerance: 0.01 };

describe('stoppingState', () => {
  it('stops once patience validations pass without a new best, and keeps the best', () => {
    const s = stoppingState(curve([-9, -8, -7.5, -7.6, -7.55, -7.7]), opts);
    expect([s.best, s.sinceBest, s.stop]).toEqual([{ step: 300, bound: -7.5 }, 3, true]);
    const t = stoppingState(curve([-9, -8, -7.5, -7.6, -7.4]), opts);
    expect([t.best?.step, t.sinceBest, t.stop]).toEqual([500, 0, false]);
  });

  it('goes on past the patience while the last fifth of training is not flat (a late best), then stops', () => {
    // Best at step 1,900 of 2,200 (> 0.8 · 2,200 = 1,760), 0.1 above the best before the cut: not converged.
    const bounds = [...Array.from({ length: 18 }, (_, i) => -9 + 0.05 * i), -7.9, -8.0, -8.0, -8.0, -8.0];
    const late = stoppingState(curve(bounds.slice(0, 22)), opts);
    expect([late.best?.step, late.sinceBest, late.flat, late.stop]).toEqual([1900, 3, false, false]);
    // Three more validations without a new best: the best (1,900) now lies before the last fifth (cut 2,000).
    const later = stoppingState(curve([...bounds.slice(0, 22), -8, -8, -8]), opts);
    expect([later.sinceBest, later.flat, later.stop]).toEqual([6, true, true]);
  });

  it('stops at maxSteps; an empty history neither stops nor is flat', () => {
    expect(stoppingState(curve([-9, -8], 5000), opts).stop).toBe(true);
    const e = stoppingState([], opts);
    expect([e.best, e.stop, e.flat, e.lastFifthGain]).toEqual([null, false, false, null]);
  });

  it('is flat when the last 20 % of steps gain at most the tolerance over the best before them', () => {
    const flat = stoppingState(curve([-9, -8, -7.5, -7.5, -7.505, -7.5, -7.49, -7.5, -7.5, -7.495]), opts);
    // Best of steps 900–1000 (−7.495) against the best up to step 800 (−7.49).
    expect(flat.lastFifthGain).toBeCloseTo(-0.005, 9);
    expect(flat.flat).toBe(true);
    const rising = stoppingState(curve([-9, -8.5, -8, -7.8, -7.6, -7.5, -7.4, -7.3, -7.2, -7.1]), opts);
    expect(rising.lastFifthGain).toBeCloseTo(0.2, 9);
    expect(rising.flat).toBe(false);
  });
});

describe('nextTrainingTarget', () => {
  const stopping = { ...opts, chunk: 500 };
  it('starts a fresh run at 0, goes on by a chunk up to maxSteps, and trains no further once stopped', () => {
    expect(nextTrainingTarget([], stopping)).toBe(0);
    expect(nextTrainingTarget(curve([-9, -8, -7.5]), stopping)).toBe(800);
    expect(nextTrainingTarget(curve([-9, -8, -7.5], 3200), stopping)).toBe(10_000);
    // Met the patience rule before an interruption: resuming must not train another chunk.
    expect(nextTrainingTarget(curve([-9, -8, -7.5, -7.6, -7.55, -7.7]), stopping)).toBeNull();
  });
});
