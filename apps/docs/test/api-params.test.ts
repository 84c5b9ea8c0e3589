import { join } from 'node:path';
import { Application, DeclarationReflection, ReflectionKind, TSConfigReader, type ProjectReflection } from 'typedoc';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillParameterDescriptions } from '../scripts/api-params.mjs';
import { docsRoot } from './site';

let project: ProjectReflection;
let counts: { total: number; before: number; after: number };

/** The description of parameter `param` of `Class.member` (first signature), or '' when it has none. */
function description(member: string, param: string): string {
  const decl = project.getChildByName(member.split('.'));
  const sig = decl instanceof DeclarationReflection ? decl.signatures?.[0] : undefined;
  const p = sig?.parameters?.find((x) => x.name === param);
  return (p?.comment?.summary ?? []).map((part) => part.text).join('');
}

beforeAll(async () => {
  const fixture = join(docsRoot, 'test', 'fixtures', 'api-params');
  // Only the tsconfig reader: the site's typedoc.json (packages, markdown plugin options) stays out.
  const app = await Application.bootstrap(
    {
      entryPoints: [join(fixture, 'index.ts')],
      tsconfig: join(docsRoot, 'tsconfig.json'),
      skipErrorChecking: true,
      logLevel: 'Warn',
    },
    [new TSConfigReader()],
  );
  const converted = await app.convert();
  if (!converted) throw new Error('TypeDoc could not convert the fixture');
  project = converted;
  counts = fillParameterDescriptions(project);
}, 60_000);

describe('fillParameterDescriptions', () => {
  it('takes an overridden method’s parameter description from the method it overrides', () => {
    expect(description('Child.run', 'x')).toBe('The input of `run`.');
  });

  it('takes a constructor parameter’s description from the inherited constructor, else from the property of its name', () => {
    expect(description('Child.constructor', 'width')).toBe('The documented width.');
    expect(description('Child.constructor', 'size')).toBe('Size of the state.');
  });

  it('describes an inline options object by its documented fields, a named one by its type’s first sentence', () => {
    expect(description('Child.step', 'inline')).toBe('`noise`: The noise. `seed`: The seed.');
    expect(description('Base.run', 'options')).toMatch(/^Options for .*\.$/);
  });

  it('invents nothing: a parameter with no comment to draw on stays without a description, and is counted', () => {
    expect(description('Child.constructor', 'note')).toBe('');
    expect(description('Child.step', 'bare')).toBe('');
    const params = Object.values(project.reflections).filter((r) => r.kindOf(ReflectionKind.Parameter));
    expect(counts.total).toBe(params.length);
    expect(counts.after).toBe(params.filter((p) => !(p.comment?.summary ?? []).some((s) => s.text.trim())).length);
    expect(counts.after).toBeGreaterThanOrEqual(2);
    expect(counts.before).toBeGreaterThan(counts.after);
  });
});
