import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic';

/**
 * Cuts every training sequence of a JSON data set (piano rolls or strokes: `{ splits: { train, valid, test } }`)
 * into consecutive windows of at most `window` steps; a last piece shorter than window/4 joins the one
 * before it. Valid and test splits stay whole (validation and test figures are on whole sequences).
 */
export function windowSplits<J extends { splits: Record<string, unknown[][]> }>(json: J, window: number): J {
  const pieces: unknown[][] = [];
  for (const seq of json.splits.train) {
    const cuts: unknown[][] = [];
    for (let s = 0; s < seq.length; s += window) cuts.push(seq.slice(s, s + window));
    if (cuts.length > 1 && cuts[cuts.length - 1].length < window / 4) {
      const tail = cuts.pop() as unknown[];
      cuts[cuts.length - 1] = [...cuts[cuts.length - 1], ...tail];
    }
    pieces.push(...cuts);
  }
  return { ...json, splits: { ...json.splits, train: pieces } };
}

/** Writes (once, atomically) the windowed copy of `source` at `target` and returns `target`. */
export function writeWindowed(source: string, target: string, window: number): string {
  if (existsSync(target)) return target;
  let json: { splits?: Record<string, unknown[][]> } & Record<string, unknown>;
  try {
    json = JSON.parse(readFileSync(source, 'utf8'));
  } catch (e) {
    throw new Error(
      `${source}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such data file' : (e as Error).message}`,
    );
  }
  if (!json.splits || !Array.isArray(json.splits.train))
    throw new Error(`${source}: splits.train: expected a list of sequences`);
  const w = windowSplits(json as { splits: Record<string, unknown[][]> }, window);
  writeFileAtomic(
    target,
    JSON.stringify({ ...w, source: `${json.source ?? source} (training split in windows of ${window} steps)` }),
  );
  return target;
}
