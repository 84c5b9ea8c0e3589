import './quiet-tfjs';
import { CliError } from './cli-error';
import { runCli } from './cli';

// The entry point of the `probseq` bin: every failure becomes one line on stderr and a non-zero exit.
async function main(): Promise<void> {
  let code: number;
  try {
    code = await runCli(process.argv.slice(2));
  } catch (e) {
    const err = e as Error;
    const line = (err?.message ?? String(e)).split('\n')[0];
    process.stderr.write(`probseq: error: ${line}\n`);
    if (process.env.PROBSEQ_DEBUG && err?.stack) process.stderr.write(`${err.stack}\n`);
    code = e instanceof CliError ? e.exitCode : 1;
  }
  process.exit(code);
}

void main();
