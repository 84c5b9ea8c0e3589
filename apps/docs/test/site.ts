import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const docsRoot = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(docsRoot, '.vitepress', 'dist');

/** Builds the site unless a build is already there (turbo runs `build` before `test`). */
export function ensureBuilt(): void {
  if (existsSync(join(distDir, 'index.html')) && !process.env.PROBSEQ_DOCS_REBUILD) return;
  execFileSync('pnpm', ['run', 'build'], { cwd: docsRoot, stdio: 'inherit' });
}

/** Every HTML page of the built site, as URL paths (`/guide/getting-started.html`). */
export function sitePages(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html') && e.name !== '404.html')
        out.push(`/${relative(distDir, p).split('\\').join('/')}`);
    }
  };
  walk(distDir);
  return out.sort();
}
