import { readFileSync } from 'node:fs';

/** The raw results.json of `pnpm experiment filtering-vs-smoothing` (read by the page when the site is built). */
export interface ConvergedData {
  file: string;
  json: unknown;
}

export declare const data: ConvergedData;

const FILE = 'apps/experiments/results/filtering-vs-smoothing/results.json';

export default {
  // Resolved by VitePress relative to this file.
  watch: ['../../experiments/results/filtering-vs-smoothing/results.json'],
  load(files: string[]): ConvergedData {
    if (files.length !== 1) throw new Error(`${FILE} is missing (run pnpm experiment filtering-vs-smoothing)`);
    try {
      return { file: FILE, json: JSON.parse(readFileSync(files[0], 'utf8')) as unknown };
    } catch (err) {
      throw new Error(`${FILE} is not valid JSON: ${(err as Error).message}`);
    }
  },
};
