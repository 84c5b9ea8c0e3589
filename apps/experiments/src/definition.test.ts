import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { experimentNames, loadExperiment } from './definition';

describe('experiment definitions', () => {
  it('every shipped definition is valid', () => {
    const names = experimentNames();
    expect(names).toEqual(expect.arrayContaining(['reproduction', 'filtering-vs-smoothing', 'smoke']));
    for (const n of names) expect(loadExperiment(n).name).toBe(n);
  });

  it('the reproduction table has 3 data sets × ELBO / IWAE(4) / FIVO(4) with the published figures, 3 seeds', () => {
    const e = loadExperiment('reproduction');
    expect(e.seeds).toHaveLength(3);
    expect(e.rows.map((r) => [r.train.objective, r.published?.value])).toEqual([
      ['elbo', -8.69],
      ['iwae', -8.01],
      ['fivo', -7.51],
      ['elbo', -3.87],
      ['iwae', -3.12],
      ['fivo', -3.07],
      ['elbo', -7.48],
      ['iwae', -7.45],
      ['fivo', -6.75],
    ]);
    expect(e.evaluation).toMatchObject({ iwae: 4, fivo: 4, importance: 1000, split: 'test' });
  });

  it('names the file and the field of a bad definition', () => {
    const dir = mkdtempSync(join(tmpdir(), 'experiment-def-'));
    const base = {
      name: 'bad',
      description: '',
      seeds: [0],
      stopping: { chunk: 500, patience: 3, maxSteps: 1000 },
      rows: [{ id: 'a', data: 'x.json' }],
    };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...base, seeds: [] }));
    expect(() => loadExperiment('bad', dir)).toThrow(/bad\.json: seeds: /);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...base, rows: [{ id: 'a', data: 'x', refitQOf: 'b' }] }));
    expect(() => loadExperiment('bad', dir)).toThrow(/bad\.json: rows\.0\.refitQOf: 'b' must name an earlier row/);
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ ...base, stopping: { chunk: 300, patience: 3, maxSteps: 1000 } }),
    );
    expect(() => loadExperiment('bad', dir)).toThrow(
      /stopping\.chunk: 300 must be a multiple of train\.evalEvery \(250\)/,
    );
    expect(() => loadExperiment('nonesuch', dir)).toThrow(/no experiment 'nonesuch' \(defined: bad\)/);
  });
});
