import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const dir = fileURLToPath(new URL('../../../packages/vrnn/results/', import.meta.url));

export default {
  load(): GapData {
    if (!existsSync(dir)) return { dir: 'packages/vrnn/results/', files: [] };
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        try {
          return { file, json: JSON.parse(text) as unknown };
        } catch (err) {
          throw new Error(`packages/vrnn/results/${file} is not valid JSON: ${(err as Error).message}`);
        }
      });
    return { dir: 'packages/vrnn/results/', files };
  },
};
