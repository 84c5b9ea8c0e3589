import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic';

/** Folder of a run where its test evaluations are kept, keyed by what they depend on. */
export const EVAL_CACHE = 'eval-cache';

/** sha256 over the files of a folder (names and contents, sorted), recursively. */
function hashDir(h: ReturnType<typeof createHash>, dir: string, prefix = ''): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) hashDir(h, p, `${prefix}${name}/`);
    else h.update(`${prefix}${name}\0`).update(readFileSync(p)).update('\0');
  }
}

/**
 * The key of one evaluation: the model's files (`best/`), the data file's content and the eval arguments
 * other than the run folder. `probseq eval --seed` is deterministic, so equal keys give equal figures, and a
 * run folder copied elsewhere keeps its evaluations.
 */
export function evalKey(modelDir: string, dataFile: string, args: string[]): string {
  const h = createHash('sha256');
  hashDir(h, modelDir);
  h.update(readFileSync(dataFile)).update('\0').update(args.join('\0'));
  return h.digest('hex').slice(0, 32);
}

/**
 * Runs `evaluate` unless the run folder already holds its output under the same key (an interrupted runner
 * then redoes only the evaluations it had not finished); returns the output and whether it was reused.
 */
export async function cachedEvaluation(
  runDir: string,
  key: string,
  evaluate: () => Promise<string>,
): Promise<{ output: string; reused: boolean }> {
  const file = join(runDir, EVAL_CACHE, `${key}.json`);
  if (existsSync(file)) return { output: readFileSync(file, 'utf8'), reused: true };
  const output = await evaluate();
  JSON.parse(output); // only well-formed outputs are kept
  writeFileAtomic(file, output);
  return { output, reused: false };
}
