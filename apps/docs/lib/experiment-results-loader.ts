import { readFileSync } from 'node:fs';

/** The raw results.json of one `pnpm experiment <name>` as a page's data loader hands it over. */
export interface ExperimentResultsData {
  file: string;
  json: unknown;
}

/**
 * A VitePress data loader for apps/experiments/results/<name>/results.json, for a `*.data.ts` file one
 * folder below the docs root (VitePress resolves `watch` relative to that file). A missing or malformed
 * file fails the site build with one line naming it and the command that writes it.
 */
export function experimentResultsLoader(name: string) {
  const file = `apps/experiments/results/${name}/results.json`;
  return {
    watch: [`../../experiments/results/${name}/results.json`],
    load(files: string[]): ExperimentResultsData {
      if (files.length !== 1) throw new Error(`${file} is missing (run pnpm experiment ${name})`);
      try {
        return { file, json: JSON.parse(readFileSync(files[0], 'utf8')) as unknown };
      } catch (err) {
        throw new Error(`${file} is not valid JSON: ${(err as Error).message}`);
      }
    },
  };
}
