import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runs a snippet module (its top level is the example) and returns what it printed. */
async function run(load: () => Promise<unknown>): Promise<unknown[][]> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  await load();
  return log.mock.calls;
}

afterEach(() => {
  vi.restoreAllMocks();
});

// The snippets the pages show are type-checked by the build; here they also run, so an API whose
// behaviour changes (not only its types) breaks these tests.
describe('page snippets run in Node', () => {
  it('first-steps: KL of two Normals against the closed form', async () => {
    const calls = await run(() => import('../snippets/first-steps'));
    const kl = calls.find((c) => c[0] === 'KL(p‖q):')?.[1] as Float32Array;
    // KL(N(0,1)‖N(0,1)) = 0; KL(N(1,2²)‖N(0,1)) = log(1/2) + (4 + 1)/2 − ½
    expect(kl[0]).toBeCloseTo(0, 6);
    expect(kl[1]).toBeCloseTo(Math.log(0.5) + 2.5 - 0.5, 5);
    const meanLogP = calls.find((c) => c[0] === 'mean log p(x):')?.[1] as number;
    // E log p = −½ − log σ − ½ log 2π averaged over σ = 1, 2; 1000 draws per element
    const expected = -0.5 - 0.5 * Math.log(2 * Math.PI) - 0.5 * Math.log(2);
    expect(Math.abs(meanLogP - expected)).toBeLessThan(0.1);
  });

  it('scan-cell: output and state shapes as commented', async () => {
    const calls = await run(() => import('../snippets/scan-cell'));
    expect(calls[0]).toEqual([
      [20, 4, 8],
      [4, 8],
      [20, 4, 8],
    ]);
    expect(calls[1]).toEqual([
      [4, 8],
      [4, 8],
    ]);
  });

  it('elbo-parts: the ELBO pieces have the documented shapes', async () => {
    const calls = await run(() => import('../snippets/elbo-parts'));
    const [total, perSequence, kl, nll] = calls[0] as [number, number[], number[], number[]];
    expect(Number.isFinite(total)).toBe(true);
    expect(total).toBeLessThan(0);
    expect(perSequence).toEqual([8]);
    expect(kl).toEqual([16, 8]);
    expect(nll).toEqual([16, 8]);
  });

  it('objectives: −ELBO, −L_8, −FIVO(4) and the log-likelihood estimate', async () => {
    const calls = await run(() => import('../snippets/objectives'));
    const [elbo, iwae8, same, fivo4, ll] = calls[0] as [number, number, number, number, number[]];
    for (const v of [elbo, iwae8, same, fivo4]) expect(Number.isFinite(v)).toBe(true);
    expect(ll).toEqual([8]);
  });

  it('nn-mlp: an MLP trained with Adam fits sin(x) on [−3, 3]', async () => {
    const calls = await run(() => import('../snippets/nn-mlp'));
    const [, params, , mse] = calls[0] as [string, number, string, number];
    expect(params).toBe(1 * 32 + 32 + 32 * 1 + 1);
    // sin has variance ≈ 0.5 on [−3, 3]: the fit explains almost all of it.
    expect(mse).toBeLessThan(0.02);
  });

  it('vae-elbo: a VAE on a ring reaches a finite bound and draws 2-D samples', async () => {
    const calls = await run(() => import('../snippets/vae-elbo'));
    const elbo = calls[0][1] as number;
    expect(Number.isFinite(elbo)).toBe(true);
    const samples = calls[1][1] as number[][];
    expect(samples).toHaveLength(4);
    expect(samples.every((p) => p.length === 2 && p.every(Number.isFinite))).toBe(true);
  });

  it('data-batches: a padded batch is time-major with a matching mask', async () => {
    const calls = await run(() => import('../snippets/data-batches'));
    expect(calls[0][1]).toEqual([20, 8, 2]);
    expect(calls[0][3]).toEqual([20, 8]);
    expect(calls[0][5]).toBe(20 * 8); // equal-length sequences: every step is real
  });
});
