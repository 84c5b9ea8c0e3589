/** Mean, sample standard deviation (n − 1; 0 for one value) and count of a list of figures. */
export interface Summary {
  mean: number;
  sd: number;
  n: number;
}

export function summarize(values: number[]): Summary | null {
  const v = values.filter((x) => Number.isFinite(x));
  if (v.length === 0) return null;
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const sd = v.length > 1 ? Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1)) : 0;
  return { mean, sd, n: v.length };
}

/** `−7.123 ± 0.012` (± one standard deviation over seeds; `(1 seed)` when there is nothing to spread). */
export function formatSummary(s: Summary | null, digits = 3): string {
  if (!s) return '–';
  return s.n > 1 ? `${s.mean.toFixed(digits)} ± ${s.sd.toFixed(digits)}` : `${s.mean.toFixed(digits)} (1 seed)`;
}
