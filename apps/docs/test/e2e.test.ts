import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGapFile } from '../lib/gap';
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
      /WebGPU could not start.*Running on WASM instead/,
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
        expect(line, p.group).toContain(
          `${Math.abs(p.elboGap).toFixed(3)} nats/step ${p.elboGap >= 0 ? 'higher' : 'lower'}`,
        );
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('training example: the loss falls', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${server.url}/examples/training.html`);
    expect(await activeBackend(page)).toBe('wasm');
    await page.getByTestId('train-steps').fill('40');
    await page.getByTestId('train-start').click();
    const stats = page.getByTestId('train-stats');
    await expect.poll(() => stats.getAttribute('data-done'), { timeout: 90_000 }).toBe('1');
    const losses = ((await stats.getAttribute('data-losses')) ?? '').split(',').map(Number);
    expect(losses).toHaveLength(40);
    expect(losses.every(Number.isFinite)).toBe(true);
    const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
    const first = mean(losses.slice(0, 5));
    const lastFive = mean(losses.slice(-5));
    expect(lastFive, `losses: ${losses.join(', ')}`).toBeLessThan(first - 0.2 * Math.abs(first));
    expect(await page.getByTestId('train-curve').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){39}$/);
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
    expect(errors).toEqual([]);
    await context.close();
  });
});
