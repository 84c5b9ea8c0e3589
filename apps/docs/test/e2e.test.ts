import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familyDifferences, readConvergedResults } from '../lib/converged-gap';
import { readGapFile } from '../lib/gap';
import { bestBound, comparePublished, readReproduction } from '../lib/reproduction';
import { serveStatic } from '../scripts/serve-static';
import { distDir, docsRoot, ensureBuilt, sitePages } from './site';

const CHROMIUM = process.env.PROBSEQ_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--enable-unsafe-webgpu',
];

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

/** Opens a page that records every console error, uncaught exception and failed request. */
async function openPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Navigating away aborts VitePress's link prefetches: not a failure of the page.
    const why = r.failure()?.errorText ?? '';
    if (why !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} ${why}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, errors };
}

async function hasWebGPUAdapter(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const gpu = (navigator as unknown as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
    return Boolean(gpu && (await gpu.requestAdapter()));
  });
}

async function activeBackend(page: Page): Promise<string> {
  const el = page.getByTestId('backend-active').first();
  await expect.poll(() => el.getAttribute('data-active'), { timeout: 60_000 }).not.toBe('');
  return (await el.getAttribute('data-active')) ?? '';
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set PROBSEQ_CHROMIUM.`,
    );
  }
  ensureBuilt();
  server = await serveStatic(distDir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('docs site in Chromium', () => {
  it('loads every page without console errors', async () => {
    const paths = sitePages();
    expect(paths.length).toBeGreaterThan(10);
    const context = await browser.newContext();
    const failures: string[] = [];
    const queue = [...paths];
    // Three tabs share the list: most pages are static API reference, quick to check.
    const worker = async (): Promise<void> => {
      const { page, errors } = await openPage(context);
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        errors.length = 0;
        await page.goto(server.url + path, { waitUntil: 'load' });
        await page.locator('.VPContent').waitFor();
        // Live examples start their backend on load: let that finish before judging the page.
        if ((await page.getByTestId('backend-selector').count()) > 0) await activeBackend(page);
        if ((await page.getByTestId('playground').count()) > 0) {
          await expect
            .poll(() => page.getByTestId('playground-stats').getAttribute('data-runs'), { timeout: 60_000 })
            .not.toBe('0');
        }
        if ((await page.getByTestId('sample').count()) > 0) {
          await expect
            .poll(() => page.getByTestId('sample-status').getAttribute('data-draws'), { timeout: 60_000 })
            .not.toBe('0');
        }
        if (errors.length) failures.push(`${path}:\n  ${errors.join('\n  ')}`);
      }
      await page.close();
    };
    await Promise.all([worker(), worker(), worker()]);
    await context.close();
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('renders the equations at build time (MathJax SVG, no client-side TeX)', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    await page.goto(`${server.url}/concepts/vrnn.html`);
    expect(await page.locator('mjx-container svg').count()).toBeGreaterThan(10);
    expect(await page.locator('.vp-doc').innerText()).not.toContain('\\mathcal');
    await context.close();
  });

  it('playground: KL from the registry matches the float64 closed form on every backend, and the selector switches', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/examples/distributions.html`);
    const hasAdapter = await page.evaluate(async () => {
      const gpu = (navigator as unknown as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
      return Boolean(gpu && (await gpu.requestAdapter()));
    });
    for (const backend of ['cpu', 'wasm', 'webgpu'] as const) {
      const runs = Number(await page.getByTestId('playground-stats').getAttribute('data-runs'));
      await page.locator(`[data-backend="${backend}"]`).click();
      await expect
        .poll(() => page.getByTestId('backend-active').getAttribute('data-active'), { timeout: 60_000 })
        .toBe(backend === 'webgpu' && !hasAdapter ? 'wasm' : backend);
      await expect
        .poll(async () => Number(await page.getByTestId('playground-stats').getAttribute('data-runs')), {
          timeout: 60_000,
        })
        .toBeGreaterThan(runs);
      // μp 0, σp 1, μq 1, σq 1.5: KL = log 1.5 + (1 + 1) / 4.5 − ½
      const exact = Math.log(1.5) + 2 / 4.5 - 0.5;
      expect(Number(await page.getByTestId('kl-exact').innerText())).toBeCloseTo(exact, 4);
      expect(Math.abs(Number(await page.getByTestId('kl').innerText()) - exact)).toBeLessThan(1e-3);
      expect(Math.abs(Number(await page.getByTestId('kl-mc').innerText()) - exact)).toBeLessThan(0.1);
    }
    if (!hasAdapter) expect(await page.getByTestId('backend-fallback').isVisible()).toBe(true);
    // Moving a slider recomputes: μq → μp makes the KL depend on the scales only.
    await page.getByTestId('q-loc').fill('0');
    const exact = Math.log(1.5) + 1 / 4.5 - 0.5;
    await expect
      .poll(async () => Math.abs(Number(await page.getByTestId('kl').innerText()) - exact), { timeout: 30_000 })
      .toBeLessThan(1e-3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('falls back to WASM with a visible message when WebGPU is unavailable', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined, configurable: true });
    });
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/examples/distributions.html`);
    await activeBackend(page);
    await page.locator('[data-backend="webgpu"]').click();
    await expect.poll(() => page.getByTestId('backend-fallback').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('backend-fallback').innerText()).toMatch(
      /WebGPU is not available in this browser, so the example runs on WASM instead.*Why: /,
    );
    expect(await page.getByTestId('backend-active').getAttribute('data-active')).toBe('wasm');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filtering vs smoothing: plots every pair of runs in packages/vrnn/results', async () => {
    const dir = join(docsRoot, '..', '..', 'packages', 'vrnn', 'results');
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    const pairs = files.flatMap((f) => readGapFile(f, JSON.parse(readFileSync(join(dir, f), 'utf8'))).pairs);
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/concepts/filtering-vs-smoothing.html`);
    if (files.length === 0) {
      expect(await page.getByTestId('gap-missing').isVisible()).toBe(true);
    } else {
      expect(await page.getByTestId('gap-row').count()).toBe(pairs.length);
      const summary = await page.getByTestId('gap-summary').allInnerTexts();
      for (const p of pairs) {
        const line = summary
          .join('\n')
          .split('\n')
          .find((l) => l.startsWith(`${p.group} `));
        const gap = Math.abs(p.elboGap).toFixed(3);
        expect(line, p.group).toContain(
          Number(gap) === 0
            ? 'equals the filtering one\'s to within 0.001 nats/step'
            : `${gap} nats/step ${p.elboGap >= 0 ? 'higher' : 'lower'}`,
        );
        expect(line, p.group).not.toMatch(/−0\.000\b/);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filtering vs smoothing: the converged runs of pnpm experiment, a chart row per row with seeds and a verdict per pair', async () => {
    const file = join(docsRoot, '..', 'experiments', 'results', 'filtering-vs-smoothing', 'results.json');
    const results = readConvergedResults(file, JSON.parse(readFileSync(file, 'utf8')));
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/concepts/filtering-vs-smoothing.html`);
    const datasets = new Set(results.rows.map((r) => r.dataset));
    expect(await page.getByTestId('converged-dataset').count()).toBe(datasets.size);
    expect(await page.getByTestId('converged-row').count()).toBe(results.rows.filter((r) => r.seeds.length > 0).length);
    const summary = await page.getByTestId('converged-summary').locator('li').allInnerTexts();
    const diffs = familyDifferences(results);
    expect(summary).toHaveLength(diffs.length);
    diffs.forEach((d, i) => expect(summary[i]).toContain(d.verdict));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reproduction: a chart row and a table row per data set × objective, each with its verdict against the published figure', async () => {
    const file = join(docsRoot, '..', 'experiments', 'results', 'reproduction', 'results.json');
    const results = readReproduction(file, JSON.parse(readFileSync(file, 'utf8')));
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/results/reproduction.html`);
    expect(await page.getByTestId('reproduction-dataset').count()).toBe(new Set(results.rows.map((r) => r.dataset)).size);
    expect(await page.getByTestId('reproduction-row').count()).toBe(results.rows.length);
    const verdicts = await page.locator('[data-verdict]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verdict')));
    expect(verdicts).toEqual(results.rows.map((r) => comparePublished(r).verdict));
    const best = await page.getByTestId('reproduction-best').first().innerText();
    const jsb = bestBound(results, 'jsb');
    expect(best).toContain(jsb ? jsb.value.toFixed(3) : 'has finished yet');
    expect(errors).toEqual([]);
    await context.close();
  });

  /** Trains on `backend` with the page's defaults (or the settings in `query`); resolves to the per-step curves it shows. */
  async function trainOn(page: Page, backend: 'wasm' | 'webgpu', query = '', timeout = 600_000) {
    await page.goto(`${server.url}/examples/training.html${query}`);
    await activeBackend(page);
    await page.locator(`[data-backend="${backend}"]`).click();
    await expect
      .poll(() => page.getByTestId('backend-active').getAttribute('data-active'), { timeout: 120_000 })
      .toBe(backend);
    await page.getByTestId('train-start').click();
    const stats = page.getByTestId('train-stats');
    await expect
      .poll(async () => ((await page.getByTestId('train-error').count()) ? 'error' : stats.getAttribute('data-done')), {
        timeout,
      })
      .toBe('1');
    const series = async (attr: string) => ((await stats.getAttribute(attr)) ?? '').split(',').map(Number);
    return { vrnn: await series('data-losses'), rnn: await series('data-rnn'), kl: await series('data-kls') };
  }
  const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;

  /** The bar both backends must reach with the page's defaults (200 steps of 16 sequences of 16 points). */
  async function checkDefaultRun(page: Page, backend: 'wasm' | 'webgpu', timeout: number): Promise<void> {
    const { vrnn, rnn, kl } = await trainOn(page, backend, '', timeout);
    expect(await page.getByTestId('train-stats').getAttribute('data-backend')).toBe(backend);
    expect(vrnn).toHaveLength(200);
    expect([...vrnn, ...rnn, ...kl].every(Number.isFinite), `VRNN ${vrnn} RNN ${rnn} KL ${kl}`).toBe(true);
    // Means over the last 20 steps, as the page's summary line shows them.
    const last = (a: number[]) => mean(a.slice(-20));
    expect(last(kl), `KL per step: ${kl.join(', ')}`).toBeGreaterThan(1);
    expect(last(vrnn), `VRNN ${last(vrnn)} vs RNN ${last(rnn)}`).toBeLessThan(last(rnn) - 1);
    expect(await page.getByTestId('train-curve').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){199}$/);
    expect(await page.getByTestId('train-rnn-curve').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){199}$/);
    // Samples of both trained models are drawn beside the data.
    expect(await page.getByTestId('train-samples').locator('figure').count()).toBe(3);
    expect(await page.getByTestId('train-samples').locator('circle').count()).toBe(3 * 3 * 16);
    expect(await page.getByTestId('train-stats').innerText()).toMatch(/the VRNN is better by [\d.]+ nats/);
  }

  it('training example on WASM, default settings: the latent is used (KL > 1 nat/sequence) and the VRNN beats the RNN', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await checkDefaultRun(page, 'wasm', 600_000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('training example on WebGPU (SwiftShader), default settings: the latent is used (KL > 1 nat/sequence) and the VRNN beats the RNN', async (ctx) => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/examples/training.html`);
    if (!(await hasWebGPUAdapter(page))) {
      ctx.skip();
      return;
    }
    // On SwiftShader the first step compiles the shaders (20–40 s) and each later step of both models takes
    // 1–2 s on a busy 2-core machine: the 200 steps took 4 minutes (14 s a step before setBackend chose tfjs's
    // tiled matMul for software adapters, see packages/backend/src/webgpu-tuning.ts). This also checks that training keeps
    // running on WebGPU (the models' input checks read nothing back synchronously there, which used to break
    // Chromium's later reads: "mapAsync … no longer exists").
    await checkDefaultRun(page, 'webgpu', 840_000);
    expect(errors).toEqual([]);
    await context.close();
  }, 900_000);

  it('training example, smaller settings from the address: shown and used', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    const { vrnn, rnn, kl } = await trainOn(page, 'wasm', '?steps=4&batch=4&seqLen=6&hDim=8&zDim=2&warmup=0', 150_000);
    const stats = page.getByTestId('train-stats');
    expect([await stats.getAttribute('data-batch'), await stats.getAttribute('data-seq-len'), await stats.getAttribute('data-h-dim')]).toEqual(['4', '6', '8']);
    expect(await page.getByTestId('train-from-address').innerText()).toContain('batch 4, seqLen 6, hDim 8');
    expect(vrnn).toHaveLength(4);
    expect([...vrnn, ...rnn, ...kl].every(Number.isFinite), `VRNN ${vrnn} RNN ${rnn} KL ${kl}`).toBe(true);
    expect(kl.every((k) => k > 0), `KL per step: ${kl}`).toBe(true);
    expect(await page.getByTestId('train-samples').locator('circle').count()).toBe(3 * 3 * 6);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sampling example: the pretrained model draws strokes', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/examples/sampling.html`);
    await activeBackend(page);
    const status = page.getByTestId('sample-status');
    await expect.poll(() => status.getAttribute('data-draws'), { timeout: 60_000 }).toBe('1');
    await page.getByTestId('sample-draw').click();
    await expect.poll(() => status.getAttribute('data-draws'), { timeout: 60_000 }).toBe('2');
    expect(Number(await status.getAttribute('data-points'))).toBeGreaterThan(10);
    const inked = await page.getByTestId('sample-canvas').evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n += 1;
      return n;
    });
    expect(inked).toBeGreaterThan(200);
    if (await hasWebGPUAdapter(page)) {
      await page.locator('[data-backend="webgpu"]').click();
      await expect
        .poll(() => page.getByTestId('backend-active').getAttribute('data-active'), { timeout: 120_000 })
        .toBe('webgpu');
      // Switching the backend draws again by itself.
      await expect.poll(() => status.getAttribute('data-draws'), { timeout: 300_000 }).toBe('3');
      expect(Number(await status.getAttribute('data-points'))).toBeGreaterThan(10);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the WASM engine runs the threads the page reports (cross-origin isolated: 2)', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/examples/distributions.html`);
    await activeBackend(page);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
    const threads = page.getByTestId('backend-threads');
    expect(await threads.getAttribute('data-threads')).toBe('2');
    expect(await threads.innerText()).toBe('2 threads');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('API pages: the comments’ maths as sub/superscripts and equation blocks, every parameter of the documented packages described', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/api/@probseq/vrnn.html`);
    const text = await page.locator('.vp-doc').innerText();
    for (const raw of ['h_{t−1}', 'h_\\{', 'φ^dec', 'φ^prior', 'x_t']) expect(text, raw).not.toContain(raw);
    const eq = page.locator('.ps-api-eq').filter({ hasText: 'recurrence' });
    expect(await eq.locator('sub').count()).toBeGreaterThan(10);
    expect(await eq.locator('.ps-api-eq-line').count()).toBe(4);
    expect(await eq.locator('.ps-api-eq-no').allInnerTexts()).toEqual(['(5)', '(6)', '(7)', '(9)']);
    // The columns stay aligned: the runs of spaces between name and equation survive the page's compiler.
    expect(await eq.innerText()).toMatch(/prior\u00a0{6}z/);
    const undescribed: string[] = [];
    for (const pkg of ['backend', 'data', 'distributions', 'nn', 'rnn', 'vae', 'vrnn']) {
      await page.goto(`${server.url}/api/@probseq/${pkg}.html`);
      const rows = await page.locator('.vp-doc table').evaluateAll((tables) =>
        tables.flatMap((t) => {
          const head = Array.from(t.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
          if (head[0] !== 'Parameter') return [];
          const d = head.indexOf('Description');
          return Array.from(t.querySelectorAll('tbody tr')).map((tr) => {
            const cells = Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '');
            return { name: cells[0], description: d < 0 ? '' : cells[d] };
          });
        }),
      );
      expect(rows.length, pkg).toBeGreaterThan(10);
      for (const r of rows) if (r.description === '' || r.description === '-') undescribed.push(`${pkg}: ${r.name}`);
    }
    expect(undescribed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('JSB tutorial: the in-page demo reads the chorales file, trains on WASM and draws a piano roll', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/tutorials/jsb-chorales.html`);
    await activeBackend(page);
    // The data set beside the repository when it is there, else a made-up roll in the same format.
    const shared = join(docsRoot, '..', '..', '..', 'shared', 'data', 'jsb-chorales.json');
    const toy = Array.from({ length: 6 }, (_, i) => Array.from({ length: 40 }, (_, t) => [39, 43, 46].map((k) => k + ((t + i) % 5))));
    const file = existsSync(shared)
      ? shared
      : { name: 'toy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ dims: 88, splits: { train: toy, valid: [], test: [] } })) };
    await page.getByTestId('chorale-file').setInputFiles(file);
    const stats = page.getByTestId('chorale-stats');
    await expect.poll(() => stats.innerText(), { timeout: 30_000 }).toMatch(/training chorales read from/);
    await page.getByTestId('chorale-train').click();
    await expect
      .poll(async () => ((await page.getByTestId('chorale-error').count()) ? 'error' : stats.getAttribute('data-done')), { timeout: 180_000 })
      .toBe('1');
    const series = async (attr: string) => ((await stats.getAttribute(attr)) ?? '').split(',').map(Number);
    const losses = await series('data-losses');
    const kls = await series('data-kls');
    expect(losses).toHaveLength(300);
    expect([...losses, ...kls].every(Number.isFinite)).toBe(true);
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    // From ≈ 88·log 2 = 61 nats per quarter note (every key a coin flip) to well below it.
    expect(losses[0]).toBeGreaterThan(40);
    expect(mean(losses.slice(-20)), `−ELBO per step: ${losses.slice(-20)}`).toBeLessThan(20);
    expect(mean(kls.slice(-20))).toBeGreaterThan(0);
    expect(await page.getByTestId('chorale-roll-data').locator('rect').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('chorale-roll-sample').locator('rect').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('chorale-curve').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){299}$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Figure 1: five panels, each arrow tied to its equation, and the smoothing switch', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/concepts/vrnn.html`);
    const figure = page.getByTestId('vrnn-figure');
    await figure.waitFor();
    expect(await figure.locator('[data-panel]').count()).toBe(5);
    const edges = async (panel: string) =>
      figure.locator(`[data-panel="${panel}"] [data-eq]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-eq')));
    expect(await edges('a')).toEqual(['prior']);
    expect(await edges('b')).toEqual(['generation', 'generation']);
    expect(await edges('c')).toEqual(['recurrence', 'recurrence', 'recurrence']);
    expect(await edges('d')).toEqual(['inference', 'inference']);
    expect((await edges('e')).sort()).toEqual(
      ['generation', 'generation', 'inference', 'inference', 'prior', 'recurrence', 'recurrence', 'recurrence'].sort(),
    );
    // Hovering an arrow lights its equation (and only it); hovering an equation lights its arrows.
    for (const [edge, eq] of [
      ['edge-a-hPrev-z', 'prior'],
      ['edge-b-z-x', 'generation'],
      ['edge-c-x-h', 'recurrence'],
      ['edge-d-x-z', 'inference'],
    ] as const) {
      // A vertical arrow's box has no width, which Playwright calls invisible: send the pointer events directly.
      await page.getByTestId(edge).dispatchEvent('mouseenter');
      expect(await page.locator('.ps-eq-lit').evaluateAll((els) => els.map((e) => e.getAttribute('data-vrnn-eq')))).toEqual([eq]);
      expect(await page.getByTestId(`eq-${eq}`).locator('mjx-container').count()).toBe(1);
      await page.getByTestId(edge).dispatchEvent('mouseleave');
    }
    await page.getByTestId('eq-recurrence').dispatchEvent('mouseenter');
    expect(await figure.locator('.edge.lit').evaluateAll((els) => els.map((e) => e.getAttribute('data-eq')))).toEqual(
      Array(6).fill('recurrence'),
    );
    // The smoothing switch adds the edge from x_>t to z_t in (d) and (e), and its equation.
    expect(await page.getByTestId('eq-smoothing').isVisible()).toBe(false);
    expect(await page.getByTestId('edge-d-future-z').count()).toBe(0);
    await page.getByTestId('vrnn-smoothing').check();
    expect(await page.getByTestId('edge-d-future-z').count()).toBe(1);
    expect(await page.getByTestId('edge-e-future-z').count()).toBe(1);
    expect(await page.getByTestId('edge-a-future-z').count()).toBe(0);
    expect(await page.getByTestId('eq-smoothing').isVisible()).toBe(true);
    await page.getByTestId('eq-recurrence').dispatchEvent('mouseleave');
    await page.getByTestId('edge-d-future-z').dispatchEvent('mouseenter');
    expect(await page.locator('.ps-eq-lit').evaluateAll((els) => els.map((e) => e.getAttribute('data-vrnn-eq')))).toEqual([
      'smoothing',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.each([1280, 390])('every page at %i px wide', (width) => {
  it('no content is wider than its column, and nothing in it is cut off', async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of sitePages()) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.locator('.VPContent').waitFor();
      const problems = await page.evaluate((narrow) => {
        const out: string[] = [];
        const describe = (el: Element) =>
          `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} «${(el.textContent ?? '').trim().slice(0, 40)}»`;
        if (document.documentElement.scrollWidth > window.innerWidth + 1) {
          out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${window.innerWidth} px)`);
        }
        const column = document.querySelector('.vp-doc');
        if (!column) return out;
        const right = column.getBoundingClientRect().right;
        const scrollsInside = (el: Element) => {
          for (let p = el.parentElement; p && p !== column; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX;
            if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
          }
          return false;
        };
        for (const el of Array.from(column.querySelectorAll('*'))) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > right + 1 && !scrollsInside(el)) out.push(`${describe(el)} reaches ${Math.round(r.right - right)} px past the column`);
        }
        // Code never hides behind a scrollbar (it wraps); formulas and tables fit at desktop width, and on a
        // phone the few that cannot scroll inside their own box.
        for (const el of Array.from(column.querySelectorAll('pre'))) {
          if (el.scrollWidth > el.clientWidth + 1) out.push(`${describe(el)} is cut: ${el.scrollWidth} > ${el.clientWidth} px`);
        }
        if (!narrow) {
          for (const el of Array.from(column.querySelectorAll('table'))) {
            if (el.scrollWidth > el.clientWidth + 1) out.push(`${describe(el)} is cut: ${el.scrollWidth} > ${el.clientWidth} px`);
          }
          for (const el of Array.from(column.querySelectorAll('mjx-container[display="true"]'))) {
            if (el.scrollWidth > el.clientWidth + 1) out.push(`formula ${describe(el)} overflows: ${el.scrollWidth} > ${el.clientWidth} px`);
          }
        }
        return out;
      }, width < 600);
      if (problems.length) failures.push(`${path}:\n  ${[...new Set(problems)].slice(0, 8).join('\n  ')}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
    await context.close();
  });

  it('every formula renders with its left-hand side (no TeX errors, no empty first column)', async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of sitePages().filter((p) => !p.startsWith('/api/'))) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.locator('.VPContent').waitFor();
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const RELATIONS = new Set(['=', '≥', '≤', '∼', '~', '≈', '→', '∈']);
        // The first leaf that draws something, in the formula's assistive MathML.
        const firstLeaf = (el: Element): Element | null => {
          for (const c of Array.from(el.children)) {
            if (c.tagName.toLowerCase() === 'mspace') continue;
            if (c.children.length === 0) {
              if ((c.textContent ?? '').trim() !== '') return c;
            } else {
              const leaf = firstLeaf(c);
              if (leaf) return leaf;
            }
          }
          return null;
        };
        const startsWithRelation = (el: Element) => {
          const leaf = firstLeaf(el);
          return leaf !== null && leaf.tagName.toLowerCase() === 'mo' && RELATIONS.has((leaf.textContent ?? '').trim());
        };
        document.querySelectorAll('mjx-container').forEach((m, i) => {
          const label = `formula ${i + 1} «${(m.querySelector('mjx-assistive-mml')?.textContent ?? '').slice(0, 30)}»`;
          if (m.querySelector('[data-mjx-error], [data-mml-node="merror"], merror')) out.push(`${label}: TeX error`);
          const mathml = m.querySelector('mjx-assistive-mml math');
          if (!mathml) return;
          if (startsWithRelation(mathml)) out.push(`${label} starts with a relation: no left-hand side`);
          // The first row of an aligned block carries the left-hand side (`\begin{aligned}[…` once ate it).
          mathml.querySelectorAll('mtable').forEach((table) => {
            const row = Array.from(table.children).find((r) => ['mtr', 'mlabeledtr'].includes(r.tagName.toLowerCase()));
            if (!row) return;
            const cells = Array.from(row.children).slice(row.tagName.toLowerCase() === 'mlabeledtr' ? 1 : 0);
            const holder = document.createElement('div');
            cells.forEach((c) => holder.appendChild(c.cloneNode(true)));
            if (startsWithRelation(holder)) out.push(`${label}: its first row has no left-hand side`);
          });
        });
        return out;
      });
      if (problems.length) failures.push(`${path}: ${problems.join('; ')}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
    await context.close();
  });
});
