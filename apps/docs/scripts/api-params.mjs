// Fills the API reference's missing parameter descriptions from doc comments the packages already have,
// after TypeDoc's conversion and before its output: a parameter without `@param` text takes, in order,
// the description of the same parameter where the method is inherited, implemented or overridden from;
// the doc comment of the class property of the same name (constructor parameters); the fields' comments
// of an inline object type (`options: { noise?: … }`); the first sentence of the doc comment of the
// interface or type alias it is typed with (`options: CsvOptions`).
import { Comment, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Comment | undefined} comment */
function hasText(comment) {
  return Boolean(comment?.summary.some((p) => p.text.trim() !== ''));
}

/** The display parts of a comment's first sentence (of its first paragraph). */
function firstSentence(comment) {
  const out = [];
  for (const part of comment.getShortSummary(true)) {
    if (part.kind !== 'text') {
      out.push({ ...part });
      continue;
    }
    const end = /(?<!\b(?:e\.g|i\.e|cf|vs|al))\.(\s|$)/.exec(part.text);
    if (end) {
      out.push({ kind: 'text', text: part.text.slice(0, end.index + 1) });
      return out;
    }
    out.push({ kind: 'text', text: part.text });
  }
  return out;
}

/** The signature a signature is inherited, implemented or overridden from, if TypeDoc resolved it. */
function parentSignature(sig) {
  const ref = sig.inheritedFrom ?? sig.implementationOf ?? sig.overwrites;
  const target = ref?.reflection;
  if (!target) return undefined;
  if (target.kindOf(ReflectionKind.SomeSignature)) return target;
  const index = sig.parent?.signatures?.indexOf(sig) ?? 0;
  return target.signatures?.[index] ?? target.signatures?.[0];
}

/** The declaration a type names (`T` or `T | undefined`); arrays and other unions name none. */
function namedDeclaration(type) {
  if (!type) return undefined;
  if (type.type === 'union') {
    const rest = type.types.filter((t) => !(t.type === 'intrinsic' && (t.name === 'undefined' || t.name === 'null')));
    return rest.length === 1 ? namedDeclaration(rest[0]) : undefined;
  }
  if (type.type === 'reference') return type.reflection;
  return undefined;
}

/** "name — first sentence; …" for each documented field of an inline object type. */
function fieldsSummary(type) {
  const literal = type?.type === 'reflection' ? type.declaration : undefined;
  const fields = (literal?.children ?? []).filter((c) => hasText(c.comment));
  if (fields.length === 0) return undefined;
  const parts = [];
  fields.forEach((f, i) => {
    parts.push({ kind: 'code', text: `\`${f.name}\`` }, { kind: 'text', text: ': ' });
    parts.push(...firstSentence(f.comment));
    if (i < fields.length - 1) parts.push({ kind: 'text', text: ' ' });
  });
  return parts;
}

/** A description for `param` of `sig` from comments elsewhere, or undefined. */
function derive(param, sig) {
  const parent = parentSignature(sig);
  const inherited = parent?.parameters?.find((p) => p.name === param.name);
  if (hasText(inherited?.comment)) return Comment.cloneDisplayParts(inherited.comment.summary);
  const owner = sig.parent;
  if (owner?.kindOf(ReflectionKind.Constructor)) {
    const property = owner.parent?.children?.find(
      (c) => c.name === param.name && c.kindOf(ReflectionKind.Property | ReflectionKind.Accessor),
    );
    const comment = property?.comment ?? property?.getSignature?.comment;
    if (hasText(comment)) return firstSentence(comment);
  }
  const fields = fieldsSummary(param.type);
  if (fields) return fields;
  const named = namedDeclaration(param.type);
  // Interfaces and type aliases only: a class's summary says what the class is, not what the argument is for.
  if (named && named.kindOf(ReflectionKind.Interface | ReflectionKind.TypeAlias) && hasText(named.comment)) {
    return firstSentence(named.comment);
  }
  return undefined;
}

/**
 * Gives every parameter of `project` without a description one derived from other doc comments (see the top
 * of this file); returns how many parameters there are and how many lacked a description before and after.
 * @param {import('typedoc').ProjectReflection} project
 */
export function fillParameterDescriptions(project) {
  const params = Object.values(project.reflections).filter((r) => r.kindOf(ReflectionKind.Parameter));
  const missing = () => params.filter((p) => !hasText(p.comment)).length;
  const before = missing();
  // Repeat until nothing changes: a description filled in a base class flows on to its subclasses.
  for (let changed = true; changed;) {
    changed = false;
    for (const param of params) {
      if (hasText(param.comment)) continue;
      const sig = param.parent;
      const parts = sig && derive(param, sig);
      if (!parts || !parts.some((p) => p.text.trim() !== '')) continue;
      param.comment = new Comment(parts);
      changed = true;
    }
  }
  return { total: params.length, before, after: missing() };
}
