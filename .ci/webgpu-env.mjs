// Runs the command given as arguments with the environment the WebGPU tests need:
// - VK_ICD_FILENAMES points Dawn (the `webgpu` package) at Chromium's SwiftShader Vulkan driver when no
//   Vulkan driver was chosen already;
// - PROBSEQ_WEBGPU=1 when a WebGPU adapter then answers, so `describeBackends` adds webgpu to cpu and wasm.
// Set PROBSEQ_WEBGPU=0 to leave webgpu out. An installed SwiftShader that gives no adapter is an error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';
const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env };
const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: node .ci/webgpu-env.mjs <command> [args…]');
  process.exit(2);
}

function probe() {
  let entry;
  try {
    entry = createRequire(`${root}packages/backend/package.json`).resolve('webgpu');
  } catch {
    return { ok: false, why: "the optional package 'webgpu' is not installed" };
  }
  const code = `
    const { create } = await import(${JSON.stringify(pathToFileURL(entry).href)});
    const a = await create([]).requestAdapter();
    console.log(JSON.stringify(a ? a.info.description || a.info.vendor || 'adapter' : null));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const last = (r.stdout ?? '').trim().split('\n').pop();
  if (r.status !== 0 || !last)
    return { ok: false, why: `the adapter probe failed: ${(r.stderr ?? '').trim().slice(-400)}` };
  const adapter = JSON.parse(last);
  return adapter ? { ok: true, adapter } : { ok: false, why: 'requestAdapter() found no adapter' };
}

if (env.PROBSEQ_WEBGPU !== '0') {
  const haveSwiftShader = existsSync(SWIFTSHADER_ICD);
  if (!env.VK_ICD_FILENAMES && !env.VK_ADD_DRIVER_FILES && haveSwiftShader) env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  const result = probe();
  if (result.ok) {
    env.PROBSEQ_WEBGPU = '1';
    console.log(
      `webgpu-env: WebGPU tests on (${result.adapter}${env.VK_ICD_FILENAMES ? `, VK_ICD_FILENAMES=${env.VK_ICD_FILENAMES}` : ''})`,
    );
  } else if (haveSwiftShader || env.PROBSEQ_WEBGPU === '1') {
    console.error(`webgpu-env: a WebGPU adapter was expected but none answered: ${result.why}`);
    process.exit(1);
  } else {
    console.warn(`webgpu-env: WebGPU tests off (${result.why}; run .ci/system-deps.sh as root to install SwiftShader)`);
  }
}

const r = spawnSync(cmd, args, { env, stdio: 'inherit', shell: process.platform === 'win32' });
if (r.error) {
  console.error(`webgpu-env: could not run ${cmd}: ${r.error.message}`);
  process.exit(1);
}
process.exit(r.status ?? 1);
