import { describe, expect, it } from 'vitest';
import { apiMath } from '../scripts/api-math.mjs';

describe('apiMath: the doc comments’ plain-text maths on the API pages', () => {
  it('turns TeX-like indices into sub- and superscripts, braces and escapes included', () => {
    expect(apiMath('so log p(x) = Σ_t log p(x_t | h_\\{t−1\\}) is exact')).toBe(
      'so log p(x) = Σ<sub>t</sub> log p(x<sub>t</sub> | h<sub>t−1</sub>) is exact',
    );
    expect(apiMath('φ^dec(h_{t−1}), w̄_\\{t−1\\}^i, μ_z,t, x_\\<t, x_≥t, in [1, 2^32)')).toBe(
      'φ<sup>dec</sup>(h<sub>t−1</sub>), w̄<sub>t−1</sub><sup>i</sup>, μ<sub>z,t</sub>, x<sub>\\<t</sub>, x<sub>≥t</sub>, in [1, 2<sup>32</sup>)',
    );
    expect(apiMath('reading [φx(x_t), φz(z_t)]')).toBe(
      'reading [φ<sup>x</sup>(x<sub>t</sub>), φ<sup>z</sup>(z<sub>t</sub>)]',
    );
  });

  it('leaves code, identifiers, headings and link targets alone', () => {
    const untouched = [
      '`weight_ih_l{k}` and `x_t` in code',
      '##### adam\\_step()',
      'see [GUARD\\_WINDOW\\_MS](#guard_window_ms) and mean_b',
      '```ts',
      'const h_t = cell.step(x_t);',
      '```',
    ].join('\n');
    expect(apiMath(untouched)).toBe(untouched);
  });

  it('keeps an indented equation block as one block with its line breaks and alignment, escaped for HTML', () => {
    const nbsp = (n: number) => '\u00a0'.repeat(n);
    const md = [
      'The Variational RNN:',
      '',
      '  prior      z_t ~ N(μ_0,t, diag σ²_0,t)    (5)',
      '  posterior  z_t | x_\\<t ~ q(·)           (9)',
      '',
      'and the ELBO.',
    ].join('\n');
    expect(apiMath(md).split('\n')).toEqual([
      'The Variational RNN:',
      '',
      '<div class="ps-api-eq">' +
        `<span class="ps-api-eq-line"><span>prior${nbsp(6)}z<sub>t</sub> ~ N(μ<sub>0,t</sub>, diag σ²<sub>0,t</sub>)</span><span class="ps-api-eq-no">(5)</span></span>` +
        `<span class="ps-api-eq-line"><span>posterior${nbsp(2)}z<sub>t</sub> | x<sub>&lt;t</sub> ~ q(·)</span><span class="ps-api-eq-no">(9)</span></span>` +
        '</div>',
      '',
      'and the ELBO.',
    ]);
  });

  it('splits an equation line off the paragraph it continues, and not list continuations', () => {
    const md = [
      'Adam with state:',
      '  m ← β₁m + (1−β₁)g,  v ← β₂v',
      'The bias corrections.',
      '- a string: in Node',
      '  a file path (a folder);',
    ].join('\n');
    expect(apiMath(md).split('\n')).toEqual([
      'Adam with state:',
      '',
      '<div class="ps-api-eq"><span class="ps-api-eq-line"><span>m ← β₁m + (1−β₁)g,\u00a0\u00a0v ← β₂v</span></span></div>',
      '',
      'The bias corrections.',
      '- a string: in Node',
      '  a file path (a folder);',
    ]);
  });
});
