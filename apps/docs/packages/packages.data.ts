import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseExports, type PackageExports } from '../lib/package-exports';

/** One published package, as its package.json and src/index.ts describe it when the site is built. */
export interface PackageSummary extends PackageExports {
  /** Folder name under packages/, e.g. `vrnn`. */
  dir: string;
  name: string;
  version: string;
  description: string;
  dependencies: string[];
  peerDependencies: string[];
}

export declare const data: Record<string, PackageSummary>;

export default {
  watch: ['../../../packages/*/package.json', '../../../packages/*/src/index.ts'],
  load(files: string[]): Record<string, PackageSummary> {
    const out: Record<string, PackageSummary> = {};
    for (const file of files.filter((f) => f.endsWith('package.json'))) {
      const root = dirname(file);
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
        name: string;
        version: string;
        description?: string;
        private?: boolean;
        dependencies?: Record<string, string>;
        peerDependencies?: Record<string, string>;
      };
      if (pkg.private) continue;
      const index = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
      out[basename(root)] = {
        dir: basename(root),
        name: pkg.name,
        version: pkg.version,
        description: pkg.description ?? '',
        dependencies: Object.keys(pkg.dependencies ?? {}),
        peerDependencies: Object.entries(pkg.peerDependencies ?? {}).map(([k, v]) => `${k}@${v}`),
        ...parseExports(index),
      };
    }
    return out;
  },
};
