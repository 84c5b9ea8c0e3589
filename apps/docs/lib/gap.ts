/** A bound reached by the filtering and the smoothing posterior on one data set / metric. */
export interface GapRow {
  label: string;
  filtering: number;
  smoothing: number;
}

/** A training curve of one posterior family. */
export interface GapCurve {
  posterior: 'filtering' | 'smoothing';
  label: string;
  steps: number[];
  values: number[];
}

export interface GapSummary {
  rows: GapRow[];
  curves: GapCurve[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isObj = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumArray = (v: unknown): v is number[] => Array.isArray(v) && v.length > 1 && v.every((x) => typeof x === 'number');

/**
 * Reads the filtering/smoothing comparison out of a results JSON: any object with `filtering` and
 * `smoothing` members (numbers, objects of numbers, or arrays of numbers as curves), or an array of
 * records with a `posterior` field. Nested objects name the rows by their path.
 */
export function summariseGap(json: unknown, prefix = ''): GapSummary {
  const out: GapSummary = { rows: [], curves: [] };
  const visit = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      const recs = v.filter((r) => isObj(r) && (r.posterior === 'filtering' || r.posterior === 'smoothing')) as Record<string, Json>[];
      if (recs.length > 0) {
        const byMetric = new Map<string, Partial<Record<'filtering' | 'smoothing', number[]>>>();
        for (const r of recs) {
          const post = r.posterior as 'filtering' | 'smoothing';
          for (const [k, x] of Object.entries(r)) {
            if (typeof x !== 'number' || k === 'seed' || k === 'step' || k === 'steps') continue;
            const m = byMetric.get(k) ?? {};
            (m[post] ??= []).push(x);
            byMetric.set(k, m);
          }
        }
        for (const [k, m] of byMetric) {
          if (m.filtering && m.smoothing) {
            const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
            out.rows.push({ label: join(path, k), filtering: mean(m.filtering), smoothing: mean(m.smoothing) });
          }
        }
        return;
      }
      v.forEach((x, i) => visit(x, join(path, String(i))));
      return;
    }
    if (!isObj(v)) return;
    const f = v.filtering;
    const s = v.smoothing;
    if (f !== undefined && s !== undefined) {
      if (typeof f === 'number' && typeof s === 'number') out.rows.push({ label: path || 'bound', filtering: f, smoothing: s });
      else if (isNumArray(f) && isNumArray(s)) {
        out.curves.push({ posterior: 'filtering', label: path, steps: f.map((_, i) => i), values: f });
        out.curves.push({ posterior: 'smoothing', label: path, steps: s.map((_, i) => i), values: s });
      } else if (isObj(f) && isObj(s)) {
        for (const k of Object.keys(f)) {
          const a = f[k];
          const b = s[k];
          if (typeof a === 'number' && typeof b === 'number') out.rows.push({ label: join(path, k), filtering: a, smoothing: b });
          else if (isNumArray(a) && isNumArray(b)) {
            out.curves.push({ posterior: 'filtering', label: join(path, k), steps: a.map((_, i) => i), values: a });
            out.curves.push({ posterior: 'smoothing', label: join(path, k), steps: b.map((_, i) => i), values: b });
          }
        }
      }
      return;
    }
    for (const [k, x] of Object.entries(v)) visit(x, join(path, k));
  };
  visit(json, prefix);
  return out;
}

function join(a: string, b: string): string {
  return a ? `${a}.${b}` : b;
}
