import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from './args';

/**
 * `pnpm bench:peer`: runs the reference PyTorch VRNN (`shared/peers/torch_vrnn.py`, Debian's python3-torch)
 * and our benchmark alternately in one run (ours, peer, ours, peer, … per case, each in a fresh process),
 * with the same number of threads on both sides, then prints one JSON line per case and thread count with
 * the medians and the ratio ours/PyTorch of time steps per second.
 */
const USAGE = `pnpm bench:peer [--config small,medium] [--mode train,eval,sample] [--backend wasm] [--rounds 3]
                [--threads 1,2] [--steps N] [--peer PATH/torch_vrnn.py] [--python /usr/bin/python3]`;

function findPeer(explicit?: string): string {
  const candidates = explicit ? [explicit] : [
    process.env.PROBSEQ_PEER_SCRIPT ?? '',
    resolve(__dirname, '../../../../shared/peers/torch_vrnn.py'),
    resolve(__dirname, '../../../shared/peers/torch_vrnn.py'),
    '/work/shared/peers/torch_vrnn.py',
  ];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error(`--peer: torch_vrnn.py not found (looked at ${candidates.filter(Boolean).join(', ')}).`);
}

/**
 * The peer needs Debian's python3-torch (with OpenBLAS: without it torch falls back to the reference BLAS).
 * When `import torch` fails, installs both with apt-get if running as root, else says what to install.
 */
function ensureTorch(python: string): void {
  if (spawnSync(python, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0) return;
  const packages = ['python3-torch', 'libopenblas0-pthread'];
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`${python} cannot import torch: install Debian's ${packages.join(' ')} (apt-get install -y ${packages.join(' ')}).`);
  }
  console.error(`bench:peer: installing ${packages.join(' ')} with apt-get (the PyTorch peer needs them)`);
  const apt = spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (apt.status !== 0) throw new Error(`apt-get install -y ${packages.join(' ')} failed (exit ${apt.status}).`);
}

function lastJson(stdout: string, what: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n').filter((l) => l.startsWith('{'));
  if (lines.length === 0) throw new Error(`${what} printed no JSON line:\n${stdout}`);
  return JSON.parse(lines[lines.length - 1]) as Record<string, unknown>;
}

function run(cmd: string, args: string[], what: string): Record<string, unknown> {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
  return lastJson(r.stdout, what);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function defaultSteps(config: string, mode: string): { ours: number; peer: number; warmup: number } {
  if (config === 'medium') return mode === 'train' ? { ours: 2, peer: 3, warmup: 1 } : { ours: 4, peer: 6, warmup: 1 };
  return mode === 'train' ? { ours: 8, peer: 15, warmup: 2 } : { ours: 15, peer: 30, warmup: 3 };
}

function main(): void {
  const a = parseArgs(process.argv.slice(2), USAGE);
  const configs = (a.config ?? 'small,medium').split(',');
  const modes = (a.mode ?? 'train,eval,sample').split(',');
  const backend = a.backend ?? 'wasm';
  const rounds = Number(a.rounds ?? 3);
  const threadCounts = (a.threads ?? '1,2').split(',').map(Number);
  if (threadCounts.some((t) => !(Number.isInteger(t) && t >= 1))) throw new Error(`--threads: positive integers, got '${a.threads}'.`);
  const python = a.python ?? '/usr/bin/python3';
  ensureTorch(python);
  const peer = findPeer(a.peer);
  const cli = resolve(__dirname, 'cli.ts');
  for (const config of configs) {
    for (const mode of modes) {
      for (const threads of threadCounts) {
        const d = defaultSteps(config, mode);
        const oursSteps = a.steps ? Number(a.steps) : d.ours;
        const peerSteps = a.steps ? Number(a.steps) : d.peer;
        const ours: Array<Record<string, unknown>> = [];
        const peers: Array<Record<string, unknown>> = [];
        for (let r = 0; r < rounds; r++) {
          ours.push(
            run(
              process.execPath,
              [...process.execArgv, cli, '--config', config, '--mode', mode, '--backend', backend, '--steps', String(oursSteps),
                '--warmup', String(d.warmup), '--threads', String(threads), '--no-ceiling'],
              `ours (${config} ${mode} ${backend}, ${threads} threads)`,
            ),
          );
          peers.push(
            run(python, [peer, '--config', config, '--mode', mode, '--threads', String(threads), '--steps', String(peerSteps),
              '--warmup', String(d.warmup)], `peer (${config} ${mode}, ${threads} threads)`),
          );
        }
        const oursTs = median(ours.map((o) => Number(o.timesteps_per_s)));
        const peerTs = median(peers.map((p) => Number(p.timesteps_per_s)));
        console.log(JSON.stringify({
          bench: 'peer-comparison', config, mode, backend, threads, rounds,
          ours_impl: ours[0].impl,
          ours_timesteps_per_s: Math.round(oursTs),
          ours_steps_per_s: median(ours.map((o) => Number(o.steps_per_s))),
          ours_peak_rss_mb: Math.max(...ours.map((o) => Number(o.peak_rss_mb))),
          torch_timesteps_per_s: Math.round(peerTs),
          torch_version: peers[0].torch_version,
          ratio_vs_torch: Math.round((oursTs / peerTs) * 1000) / 1000,
          rounds_ours: ours.map((o) => o.timesteps_per_s),
          rounds_torch: peers.map((p) => p.timesteps_per_s),
        }));
      }
    }
  }
}

try {
  main();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
