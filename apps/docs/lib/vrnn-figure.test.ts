import { describe, expect, it } from 'vitest';
import { EDGES, PANELS, edgePath, edgesOf } from './vrnn-figure';

describe('Figure 1 data', () => {
  it('each panel draws the edges of its equations, as in Chung et al. 2015', () => {
    const pairs = (key: 'a' | 'b' | 'c' | 'd' | 'e', smoothing = false) =>
      edgesOf(key, smoothing).map((e) => `${e.from}→${e.to}:${e.eq}`);
    expect(pairs('a')).toEqual(['hPrev→z:prior']);
    expect(pairs('b')).toEqual(['hPrev→x:generation', 'z→x:generation']);
    expect(pairs('c')).toEqual(['hPrev→h:recurrence', 'x→h:recurrence', 'z→h:recurrence']);
    expect(pairs('d')).toEqual(['x→z:inference', 'hPrev→z:inference']);
    expect(pairs('e')).toHaveLength(EDGES.length - 1);
  });

  it('the smoothing switch adds the edge from x_>t to z_t in (d) and (e) only', () => {
    for (const p of PANELS) {
      const added = edgesOf(p.key, true).filter((e) => !edgesOf(p.key, false).includes(e));
      expect(added.map((e) => `${e.from}→${e.to}`)).toEqual(p.key === 'd' || p.key === 'e' ? ['future→z'] : []);
    }
  });

  it('prior and inference, both h_{t−1} → z_t, are drawn apart (a line and an arc)', () => {
    const prior = edgePath({ from: 'hPrev', to: 'z', eq: 'prior' });
    const inference = edgePath({ from: 'hPrev', to: 'z', eq: 'inference' });
    expect(prior).toMatch(/^M[\d.]+,[\d.]+ L/);
    expect(inference).toMatch(/^M[\d.]+,[\d.]+ Q/);
  });
});
