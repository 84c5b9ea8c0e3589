// Makes the maths in the packages' doc comments readable in the generated API reference. The comments
// write it in plain text with TeX-like indices (`h_{t−1}`, `φ^dec`, `w_t^i`); TypeDoc passes that through
// (escaping `{`, `<`), and markdown shows it raw. Here, outside code, indices become <sub>/<sup>, and the
// indented equation lines of a comment become one block that keeps their line breaks and alignment
// (a line that does not fit the column wraps at a single space, indented under its start).

const BASE = String.raw`(?<![A-Za-z0-9_\\\u0370-\u03ff])([A-Za-z\u0370-\u03ff][\u0300-\u036f]?[²³¹]?)`;
const GROUP = String.raw`\\?\{([^{}]*?)\\?\}`;
const SUB_TOKEN = String.raw`((?:\\?<|&lt;|&gt;|[≤≥<>])?[A-Za-z0-9]+(?:[,−+][A-Za-z0-9]+)*)`;
const SUB = new RegExp(`${BASE}_(?:${GROUP}|${SUB_TOKEN})`, 'g');
const SUP = new RegExp(String.raw`(?<=[A-Za-z0-9\u0370-\u03ff)\]>\u0300-\u036f])\^(?:${GROUP}|([A-Za-z0-9−]+))`, 'g');

/** Sub- and superscripts in a piece of text that is not code. */
function indices(text) {
  return text
    .replace(/φ([xz])(?![A-Za-z0-9])/g, 'φ<sup>$1</sup>') // the paper's φ^x, φ^z, written φx, φz in the comments
    .replace(SUB, (_, base, group, token) => `${base}<sub>${group ?? token}</sub>`)
    .replace(SUP, (_, group, token) => `<sup>${group ?? token}</sup>`);
}

/** `indices` outside inline code spans and outside link targets `](…)`. */
function inlineIndices(line) {
  return line
    .split(/(`[^`]*`|\]\([^)]*\))/)
    .map((part, i) => (i % 2 === 1 ? part : indices(part)))
    .join('');
}

/** A line of an indented equation block in a comment: two or three spaces, then a formula. */
function isEquationLine(line) {
  return /^ {2,3}[^\s`\\|-]/.test(line) && /[=←~]/.test(line);
}

/** Markdown's escapes undone and HTML escaped, for text inside a raw HTML block. */
function htmlText(text) {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Rewrites one generated API page: indices as <sub>/<sup> outside code, and each run of indented
 * equation lines as a `<div class="ps-api-eq">` (blank lines around it, so it is its own block).
 * Fenced code, headings and link targets are left alone.
 * @param {string} markdown
 * @returns {string}
 */
export function apiMath(markdown) {
  const out = [];
  let fenced = false;
  let block = [];
  const flush = () => {
    if (block.length === 0) return;
    if (out.length > 0 && out[out.length - 1].trim() !== '') out.push('');
    // Escaped first, so the only tags in the block are the <sub>/<sup> added by `indices`. Runs of spaces
    // align the columns: no-break spaces, which the page's template compiler does not collapse.
    // An equation number padded to the right edge, `…   (5)`, goes to the right of the line instead.
    const body = block.map((l) => {
      const [, eq, no] = /^(.*?)(?:\s{2,}(\(\d+\)))?\s*$/.exec(l.replace(/^ {2,3}/, '')) ?? [];
      const text = indices(htmlText(eq)).replace(/ {2,}/g, (m) => '\u00a0'.repeat(m.length));
      return `<span class="ps-api-eq-line"><span>${text}</span>${no ? `<span class="ps-api-eq-no">${no}</span>` : ''}</span>`;
    });
    out.push(`<div class="ps-api-eq">${body.join('')}</div>`, '');
    block = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && isEquationLine(line)) {
      block.push(line);
      continue;
    }
    flush();
    // The block already ends in a blank line.
    if (line.trim() === '' && out[out.length - 1] === '' && out[out.length - 2]?.startsWith('<div class="ps-api-eq">'))
      continue;
    out.push(fenced || line.startsWith('```') || line.startsWith('#') ? line : inlineIndices(line));
  }
  flush();
  return out.join('\n');
}
