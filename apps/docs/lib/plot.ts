/** A plot area in SVG user units and the data ranges it shows. */
export interface Frame {
  width: number;
  height: number;
  pad: number;
  x: [number, number];
  y: [number, number];
}

/** Maps data coordinates to SVG coordinates (y grows downwards in SVG). */
export function scaler(f: Frame): { sx: (x: number) => number; sy: (y: number) => number } {
  const w = f.width - 2 * f.pad;
  const h = f.height - 2 * f.pad;
  const dx = f.x[1] - f.x[0] || 1;
  const dy = f.y[1] - f.y[0] || 1;
  return {
    sx: (x) => f.pad + ((x - f.x[0]) / dx) * w,
    sy: (y) => f.height - f.pad - ((y - f.y[0]) / dy) * h,
  };
}

/** An SVG path `d` through the points (non-finite points break the line). */
export function linePath(f: Frame, xs: ArrayLike<number>, ys: ArrayLike<number>): string {
  const { sx, sy } = scaler(f);
  let d = '';
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${sx(xs[i]).toFixed(2)},${sy(ys[i]).toFixed(2)}`;
    pen = true;
  }
  return d;
}

/** The [min, max] of finite values, widened by a fraction `margin` on both sides. */
export function extent(values: ArrayLike<number>, margin = 0.05): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (lo === Infinity) return [0, 1];
  if (lo === hi) return [lo - 1, hi + 1];
  const m = (hi - lo) * margin;
  return [lo - m, hi + m];
}

/** Density-normalised histogram of `values` over `bins` equal bins on [lo, hi]. */
export function histogram(
  values: ArrayLike<number>,
  lo: number,
  hi: number,
  bins: number,
): { edges: number[]; density: number[] } {
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const b = Math.floor((values[i] - lo) / width);
    if (b >= 0 && b < bins) counts[b] += 1;
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width);
  const n = Math.max(values.length, 1);
  return { edges, density: counts.map((c) => c / (n * width)) };
}

/** About `count` round tick values (1, 2 or 5 × 10^k apart) inside [lo, hi]. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(count, 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const candidates = [1, 2, 5, 10].map((m) => m * mag);
  const score = (s: number) => Math.abs((hi - lo) / s - count);
  const step = candidates.reduce((best, s) => (score(s) < score(best) ? s : best));
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/**
 * The y-range of training curves: after the first `skip` points (the steep start), so the part where
 * the models differ fills the plot; curves that start above it are clipped at the top.
 */
export function curveExtent(series: ArrayLike<number>[], skip: number): [number, number] {
  const tail: number[] = [];
  for (const s of series) for (let i = Math.min(skip, Math.max(s.length - 1, 0)); i < s.length; i++) tail.push(s[i]);
  return extent(tail);
}
