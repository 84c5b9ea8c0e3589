import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** One results file written by the vrnn experiments (packages/vrnn/results/*.json). */
export interface ResultsFile {
  file: string;
  json: unknown;
}

export interface GapData {
  dir: string;
  files: ResultsFile[];
}

export declare const data: GapData;

export default {
  // Resolved by VitePress relative to this file; the build re-runs load() with the files found.
  watch: ['../../../packages/vrnn/results/*.json'],
  load(files: string[]): GapData {
    return {
      dir: 'packages/vrnn/results/',
      files: files.map((path) => {
        const file = basename(path);
        try {
          return { file, json: JSON.parse(readFileSync(path, 'utf8')) as unknown };
        } catch (err) {
          throw new Error(`packages/vrnn/results/${file} is not valid JSON: ${(err as Error).message}`);
        }
      }),
    };
  },
};
