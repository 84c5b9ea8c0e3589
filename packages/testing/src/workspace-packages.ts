import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A package of the probseq workspace, as read from its package.json. */
export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
  private: boolean;
  manifest: Record<string, unknown>;
}

/** The repository root (the folder holding `pnpm-workspace.yaml`). */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Every package under `packages/` and `apps/`, sorted by name. */
export function workspacePackages(root: string = repoRoot): WorkspacePackage[] {
  const out: WorkspacePackage[] = [];
  for (const group of ['packages', 'apps']) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      const file = join(groupDir, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      out.push({
        name: String(manifest.name),
        version: String(manifest.version),
        dir: join(groupDir, entry.name),
        private: manifest.private === true,
        manifest,
      });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The packages that are published to npm (not `private`). */
export function publishablePackages(root: string = repoRoot): WorkspacePackage[] {
  return workspacePackages(root).filter((p) => !p.private);
}
