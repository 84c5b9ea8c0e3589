/** A named polyline for {@link lineChartSvg}. */
export interface Series {
  label: string;
  points: Array<[number, number]>;
  color?: string;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function niceTicks(lo: number, hi: number, n = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9 * step; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** Options of a line chart. */
export interface ChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
}

/**
 * The elements of a line chart with axes, ticks and a legend, in a `width × height` box at the origin
 * (no `<svg>` wrapper, so charts can be stacked with `<g transform>`). The legend sits in its own column
 * right of the plot, so lines never run under it. Non-finite points are dropped.
 */
export function lineChartElements(series: Series[], options: ChartOptions): string[] {
  const { title, xLabel, yLabel, width = 720, height = 400 } = options;
  const legendWidth = Math.min(220, 30 + 7 * Math.max(0, ...series.map((s) => s.label.length)));
  const L = 70,
    R = 20 + legendWidth,
    T = 40,
    B = 50;
  const pts = series.flatMap((s) => s.points).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  let [x0, x1] = pts.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  let [y0, y1] = pts.length ? [Math.min(...ys), Math.max(...ys)] : [0, 1];
  if (x1 === x0) x1 = x0 + 1;
  if (y1 === y0) [y0, y1] = [y0 - 1, y1 + 1];
  const pad = (y1 - y0) * 0.05;
  y0 -= pad;
  y1 += pad;
  const sx = (x: number) => L + ((x - x0) / (x1 - x0)) * (width - L - R);
  const sy = (y: number) => height - B - ((y - y0) / (y1 - y0)) * (height - T - B);
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="white" stroke="none"/>`,
    `<text x="${(L + width - R) / 2}" y="22" text-anchor="middle" font-size="15">${esc(title)}</text>`,
    `<line x1="${L}" y1="${height - B}" x2="${width - R}" y2="${height - B}" stroke="#333"/>`,
    `<line x1="${L}" y1="${T}" x2="${L}" y2="${height - B}" stroke="#333"/>`,
  ];
  for (const t of niceTicks(x0, x1)) {
    parts.push(
      `<line x1="${sx(t).toFixed(1)}" y1="${height - B}" x2="${sx(t).toFixed(1)}" y2="${height - B + 5}" stroke="#333"/>`,
    );
    parts.push(`<text x="${sx(t).toFixed(1)}" y="${height - B + 18}" text-anchor="middle">${t}</text>`);
  }
  for (const t of niceTicks(y0, y1)) {
    parts.push(
      `<line x1="${L - 5}" y1="${sy(t).toFixed(1)}" x2="${width - R}" y2="${sy(t).toFixed(1)}" stroke="#eee"/>`,
    );
    parts.push(`<text x="${L - 8}" y="${(sy(t) + 4).toFixed(1)}" text-anchor="end">${t}</text>`);
  }
  parts.push(`<text x="${(L + width - R) / 2}" y="${height - 12}" text-anchor="middle">${esc(xLabel)}</text>`);
  parts.push(
    `<text transform="translate(16 ${(T + height - B) / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`,
  );
  const legendX = width - R + 14;
  series.forEach((s, i) => {
    const color = s.color ?? PALETTE[i % PALETTE.length];
    const p = s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
    if (p.length > 0) {
      const d = p.map(([x, y], j) => `${j ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join('');
      parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="1.5"/>`);
    }
    parts.push(`<rect x="${legendX}" y="${T + 4 + i * 16}" width="12" height="3" fill="${color}"/>`);
    parts.push(`<text x="${legendX + 18}" y="${T + 9 + i * 16}">${esc(s.label)}</text>`);
  });
  return parts;
}

function svgRoot(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** A self-contained SVG line chart with axes, ticks and a legend. Non-finite points are dropped. */
export function lineChartSvg(series: Series[], options: ChartOptions): string {
  const { width = 720, height = 400 } = options;
  return svgRoot(width, height, lineChartElements(series, { ...options, width, height }));
}

/** Draws pen-stroke sequences (dx, dy, penUp) side by side; a stroke ends where penUp = 1. */
export function strokesSvg(sequences: number[][][], options: { cell?: number } = {}): string {
  const cell = options.cell ?? 220;
  const cols = Math.min(4, sequences.length);
  const rows = Math.ceil(sequences.length / cols);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${cols * cell}" height="${rows * cell}" viewBox="0 0 ${cols * cell} ${rows * cell}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
  ];
  sequences.forEach((seq, i) => {
    const strokes: Array<Array<[number, number]>> = [[[0, 0]]];
    let x = 0,
      y = 0;
    for (const [dx, dy, up] of seq) {
      x += dx;
      y += dy;
      strokes[strokes.length - 1].push([x, y]);
      if (up >= 0.5) strokes.push([[x, y]]);
    }
    const all = strokes.flat();
    const minX = Math.min(...all.map((p) => p[0])),
      maxX = Math.max(...all.map((p) => p[0]));
    const minY = Math.min(...all.map((p) => p[1])),
      maxY = Math.max(...all.map((p) => p[1]));
    const scale = (cell - 20) / Math.max(maxX - minX, maxY - minY, 1e-9);
    const ox = (i % cols) * cell + 10,
      oy = Math.floor(i / cols) * cell + 10;
    parts.push(
      `<rect x="${ox - 9}" y="${oy - 9}" width="${cell - 2}" height="${cell - 2}" fill="none" stroke="#ddd"/>`,
    );
    for (const s of strokes) {
      if (s.length < 2) continue;
      const d = s
        .map(
          ([px, py], j) =>
            `${j ? 'L' : 'M'}${(ox + (px - minX) * scale).toFixed(1)},${(oy + (maxY - py) * scale).toFixed(1)}`,
        )
        .join('');
      parts.push(`<path d="${d}" fill="none" stroke="#222" stroke-width="2" stroke-linecap="round"/>`);
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** One line plot per sequence (every feature against time), all of them, stacked vertically in one flat SVG. */
export function sequencesSvg(sequences: number[][][], title: string): string {
  const width = 720;
  const h = 220;
  const body = sequences.flatMap((seq, i) => {
    const dims = seq[0]?.length ?? 0;
    const series: Series[] = Array.from({ length: dims }, (_, d) => ({
      label: `x${d}`,
      points: seq.map((v, t) => [t, v[d]] as [number, number]),
    }));
    const chart = lineChartElements(series, {
      title: `${title} ${i + 1}`,
      xLabel: 'time step',
      yLabel: 'value',
      width,
      height: h,
    });
    return [`<g transform="translate(0 ${i * h})">`, ...chart, '</g>'];
  });
  return svgRoot(width, h * sequences.length, body);
}
