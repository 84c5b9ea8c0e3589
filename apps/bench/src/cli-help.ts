import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

// Start-up of the `probseq` command: `node apps/trainer/bin/probseq.mjs --help`, the documented direct
// entry, timed as a user sees it (process start to exit). One untimed run first builds the cached bundle.
const runs = Number(process.argv[2] ?? 10);
const bin = join(__dirname, '..', '..', 'trainer', 'bin', 'probseq.mjs');
const once = (): number => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 || !r.stdout.startsWith('Usage: probseq')) throw new Error(`probseq --help failed: ${r.stderr}`);
  return seconds;
};
once();
const load = loadavg()[0];
const times = Array.from({ length: runs }, once).sort((a, b) => a - b);
const round = (s: number) => Number(s.toFixed(3));
console.log(
  JSON.stringify({
    bench: 'cli-help',
    entry: 'node apps/trainer/bin/probseq.mjs --help',
    runs,
    seconds: round(times[Math.floor(runs / 2)]),
    min: round(times[0]),
    max: round(times[runs - 1]),
    // The machine's state: load average over the last minute before the runs, and its cores.
    load1: Number(load.toFixed(2)),
    cores: cpus().length,
    node: process.version,
  }),
);
