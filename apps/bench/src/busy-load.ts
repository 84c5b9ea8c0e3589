import { spawn, type ChildProcess } from 'node:child_process';

/** Busy processes beside a benchmark: `stop()` ends them; each also ends by itself after `maxSeconds`. */
export interface BusyLoad {
  readonly processes: number;
  stop(): Promise<void>;
}

/**
 * Starts `n` Node processes that each spin on one core until stopped or until `maxSeconds` have passed
 * (a bounded busy loop: nothing outlives the benchmark). Resolves once all are spinning.
 */
export async function startBusyLoad(n: number, maxSeconds: number): Promise<BusyLoad> {
  const source = `const end = Date.now() + ${Math.round(maxSeconds * 1000)}; process.stdout.write('spinning\\n');
let x = 0; while (Date.now() < end) { for (let i = 0; i < 1e5; i++) x += i; } process.exit(x === -1 ? 1 : 0);`;
  const children: ChildProcess[] = [];
  await Promise.all(
    Array.from({ length: n }, () => {
      const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
      children.push(child);
      return new Promise<void>((resolve, reject) => {
        child.stdout!.once('data', () => resolve());
        child.once('error', reject);
      });
    }),
  );
  return {
    processes: n,
    async stop() {
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.exitCode !== null || c.signalCode !== null) return resolve();
              c.once('exit', () => resolve());
              c.kill('SIGKILL');
            }),
        ),
      );
    },
  };
}
