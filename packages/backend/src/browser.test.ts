import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// setBackend in a real browser: the package is bundled for the browser (no Node built-ins, no `webgpu` package),
// served with the tfjs WASM binaries, and run in Debian's headless Chromium, whose --enable-unsafe-webgpu gives a
// SwiftShader adapter. The test command sets PROBSEQ_WEBGPU=1 where Chromium is installed, making this mandatory.
const CHROMIUM = '/usr/bin/chromium';
const run = process.env.PROBSEQ_WEBGPU === '1' || (process.env.PROBSEQ_WEBGPU !== '0' && existsSync(CHROMIUM));

const here = dirname(fileURLToPath(import.meta.url));
const wasmDir = join(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm')));

const entry = `
import * as tf from '@tensorflow/tfjs-core';
import { setBackend } from './index';
window.probe = async (name, opts) => {
  try {
    const info = await setBackend(name, opts);
    const a = tf.tensor2d([[1, 2], [3, 4]]);
    const x = tf.tensor2d([[1, 2], [3, 4]]);
    const g = tf.grad((v) => tf.sum(tf.square(tf.matMul(v, a))))(x);
    const out = { info, backend: tf.getBackend(), grad: Array.from(await g.data()) };
    tf.dispose([a, x, g]);
    return out;
  } catch (e) {
    return { error: String(e.message) };
  }
};
// A GEMM large enough for the kernel engine to share out between its threads, against float64 JS.
window.probeGemm = async () => {
  const [m, k, n] = [96, 80, 72];
  const a = tf.randomNormal([m, k], 0, 1, 'float32', 1);
  const b = tf.randomNormal([k, n], 0, 1, 'float32', 2);
  const c = tf.matMul(a, b);
  const [A, B, C] = await Promise.all([a.data(), b.data(), c.data()]);
  let worst = 0;
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += A[i * k + p] * B[p * n + j];
    worst = Math.max(worst, Math.abs(C[i * n + j] - s));
  }
  tf.dispose([a, b, c]);
  return { worst, isolated: self.crossOriginIsolated === true };
};`;

let bundle = '';
let inputs: string[] = [];
let imports: string[] = [];
let server: Server;
let origin = '';

async function withBrowser<T>(
  args: string[],
  fn: (probe: (name: string) => Promise<Record<string, unknown>>, gemm: () => Promise<{ worst: number; isolated: boolean }>) => Promise<T>,
  page0 = 'index.html',
) {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', ...args] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/${page0}`);
    await page.waitForFunction(() => 'probe' in window);
    const result = await fn((name) =>
      page.evaluate(
        ([n, wasmPaths]) =>
          (window as unknown as { probe(n: string, o: object): Promise<Record<string, unknown>> }).probe(n, {
            wasmPaths,
          }),
        [name, `${origin}/wasm/`] as const,
      ),
      () => page.evaluate(() => (window as unknown as { probeGemm(): Promise<{ worst: number; isolated: boolean }> }).probeGemm()),
    );
    expect(errors).toEqual([]);
    return result;
  } finally {
    await browser.close();
  }
}

// A = (1,2;3,4), XA at X = A is (7,10;15,22); d/dX Σ(XA)² = 2·(XA)·Aᵀ.
const expectedGrad = [2 * (7 * 1 + 10 * 2), 2 * (7 * 3 + 10 * 4), 2 * (15 * 1 + 22 * 2), 2 * (15 * 3 + 22 * 4)];

describe.skipIf(!run)('setBackend in Chromium', () => {
  beforeAll(async () => {
    const result = await build({
      stdin: { contents: entry, resolveDir: here, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0].text;
    inputs = Object.keys(result.metafile.inputs);
    imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    server = createServer((req, res) => {
      let url = req.url ?? '/';
      // Under /isolated/ the page is cross-origin isolated (COOP + COEP), which enables shared memory and workers.
      if (url.startsWith('/isolated/')) {
        url = url.slice('/isolated'.length);
        res.setHeader('cross-origin-opener-policy', 'same-origin');
        res.setHeader('cross-origin-embedder-policy', 'require-corp');
      }
      if (url === '/index.html') {
        res.setHeader('content-type', 'text/html');
        res.end('<!doctype html><script type="module" src="/bundle.js"></script>');
      } else if (url === '/bundle.js') {
        res.setHeader('content-type', 'text/javascript');
        res.end(bundle);
      } else if (url.startsWith('/wasm/') && existsSync(join(wasmDir, url.slice(6)))) {
        res.setHeader('content-type', 'application/wasm');
        res.end(readFileSync(join(wasmDir, url.slice(6))));
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 120_000);

  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('bundles for the browser without Node built-ins or the Node-only webgpu package', () => {
    // esbuild would have failed on a static import of a Node built-in; nothing is left external either.
    expect(imports).toEqual([]);
    expect(inputs.filter((f) => /node_modules\/webgpu\/|^node:/.test(f))).toEqual([]);
    expect(inputs.some((f) => f.includes('tfjs-backend-webgpu'))).toBe(true);
    expect(bundle).toContain('registerBackend');
  });

  it('runs wasm, cpu, webgpu (SwiftShader) and auto with WebGPU enabled', async () => {
    const results = await withBrowser(
      [
        '--enable-unsafe-webgpu',
        '--enable-features=Vulkan',
        '--use-vulkan=swiftshader',
        '--use-webgpu-adapter=swiftshader',
      ],
      async (probe) => ({
        wasm: await probe('wasm'),
        cpu: await probe('cpu'),
        webgpu: await probe('webgpu'),
        auto: await probe('auto'),
      }),
    );
    expect(results.wasm).toMatchObject({ backend: 'wasm', info: { name: 'wasm', simd: true }, grad: expectedGrad });
    expect(results.cpu).toMatchObject({ backend: 'cpu', grad: expectedGrad });
    expect(results.webgpu).toMatchObject({
      backend: 'webgpu',
      info: { name: 'webgpu', adapterInfo: { software: true } },
    });
    (results.webgpu.grad as number[]).forEach((v, i) => expect(v).toBeCloseTo(expectedGrad[i], 3));
    // The only adapter is SwiftShader, so auto passes over it to WASM.
    expect(results.auto).toMatchObject({ backend: 'wasm', info: { name: 'wasm' } });
    expect((results.auto.info as { reason: string }).reason).toMatch(
      /^auto: no WebGPU \(only a software WebGPU adapter is present/,
    );
  }, 120_000);

  it("runs probseq's kernel engine on wasm: one thread in a plain page, helper Web Workers in an isolated one", async () => {
    const plain = await withBrowser([], async (probe, gemm) => ({ wasm: await probe('wasm'), gemm: await gemm() }));
    expect(plain.wasm).toMatchObject({ backend: 'wasm', info: { kernels: { threads: 1 } }, grad: expectedGrad });
    expect(plain.gemm).toMatchObject({ isolated: false });
    expect(plain.gemm.worst).toBeLessThan(1e-4);
    const isolated = await withBrowser(
      [],
      async (probe, gemm) => ({ wasm: await probe('wasm'), gemm: await gemm() }),
      'isolated/index.html',
    );
    expect(isolated.gemm.isolated).toBe(true);
    expect(isolated.wasm).toMatchObject({ backend: 'wasm', grad: expectedGrad });
    expect((isolated.wasm.info as { kernels: { threads: number } }).kernels.threads).toBeGreaterThanOrEqual(2);
    expect(isolated.gemm.worst).toBeLessThan(1e-4);
  }, 120_000);

  it("rejects 'webgpu' with the alternatives where the browser has no WebGPU", async () => {
    const results = await withBrowser(['--disable-features=WebGPU', '--disable-webgpu'], async (probe) => ({
      webgpu: await probe('webgpu'),
      auto: await probe('auto'),
    }));
    expect(results.webgpu.error).toMatch(
      /^WebGPU is not available here \(.+\); use setBackend\('wasm'\), setBackend\('cpu'\) or setBackend\('auto'\) instead\.$/,
    );
    expect(results.auto).toMatchObject({ backend: 'wasm' });
  }, 120_000);
});
