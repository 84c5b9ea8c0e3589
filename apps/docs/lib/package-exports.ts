/** What a package's `src/index.ts` exports: values (classes, functions, constants) and types. */
export interface PackageExports {
  values: string[];
  types: string[];
}

/**
 * Reads the `export { a, b as c } from '…'` and `export type { … } from '…'` lines of an index file (the
 * packages' whole public face is written that way). Exported names are the ones after `as`.
 */
export function parseExports(source: string): PackageExports {
  const values: string[] = [];
  const types: string[] = [];
  for (const m of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}\s*from/g)) {
    const list = m[1] ? types : values;
    for (const raw of m[2].split(',')) {
      const item = raw.trim();
      if (!item) continue;
      const typeOnly = /^type\s+/.test(item);
      const name = item.replace(/^type\s+/, '').split(/\s+as\s+/).pop()!.trim();
      (typeOnly ? types : list).push(name);
    }
  }
  return { values: [...new Set(values)], types: [...new Set(types)] };
}
