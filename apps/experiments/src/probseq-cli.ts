import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The `probseq` CLI of the trainer app (a workspace dependency): the runner trains and evaluates through it. */
export const PROBSEQ_BIN = join(
  dirname(createRequire(import.meta.url).resolve('@probseq/trainer/package.json')),
  'bin',
  'probseq.mjs',
);

/** How a command line reads when printed beside a figure. */
export function commandLine(args: string[]): string {
  return ['probseq', ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(' ');
}

/**
 * Runs `probseq <args>`; resolves to its stdout. Its stderr (the trainer's progress lines) passes through
 * unless `quiet`; a failure becomes one error line: the command and the CLI's own error message.
 */
export function probseq(args: string[], options: { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PROBSEQ_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
      if (!options.quiet) process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else {
        const line = stderr.trim().split('\n').filter(Boolean).pop() ?? `exit code ${code}`;
        reject(new Error(`${commandLine(args)} failed: ${line.replace(/^probseq: error: /, '')}`));
      }
    });
  });
}
