import { VRNN } from '@probseq/vrnn';

/** A pen trajectory: polylines in absolute coordinates, one per stroke. */
export type Strokes = Array<Array<[number, number]>>;

/** Loads the pretrained model the site serves (model.json + weights.bin, config in the metadata). */
export async function loadPretrained(url: string): Promise<VRNN> {
  // #region load
  // url: the folder that serves model.json and weights.bin (what VRNN.save wrote).
  const model = await VRNN.load(url);
  // #endregion load
  return model;
}

/**
 * Draws `batch` sequences of (dx, dy, penUp) from the model and turns each into strokes:
 * positions are the running sum of the offsets, and a step with penUp > ½ ends its stroke.
 */
export async function sampleStrokes(model: VRNN, { steps = 60, batch = 3, seed = 0 } = {}): Promise<Strokes[]> {
  // #region sample
  const xs = model.sample({ steps, batch, seed }); // [T, B, 3]: dx, dy, penUp
  const values = (await xs.array()) as number[][][];
  xs.dispose();
  // #endregion sample
  return Array.from({ length: batch }, (_, b) => toStrokes(values.map((row) => row[b])));
}

/** Turns (dx, dy, penUp) steps into absolute polylines. */
export function toStrokes(steps: number[][]): Strokes {
  const out: Strokes = [];
  let x = 0;
  let y = 0;
  let current: Array<[number, number]> = [[0, 0]];
  for (const [dx, dy, penUp] of steps) {
    x += dx;
    y += dy;
    current.push([x, y]);
    if (penUp > 0.5) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 1) out.push(current);
  return out.filter((s) => s.length > 1);
}

/** Draws strokes into a `width`×`height` cell of a canvas at (`left`, 0), scaled to fit. */
export function drawStrokes(
  ctx: CanvasRenderingContext2D,
  strokes: Strokes,
  left: number,
  width: number,
  height: number,
): number {
  const pts = strokes.flat();
  if (pts.length === 0) return 0;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const pad = 12;
  const k = Math.min((width - 2 * pad) / (x1 - x0 || 1), (height - 2 * pad) / (y1 - y0 || 1));
  const ox = left + (width - k * (x1 - x0)) / 2;
  const oy = (height - k * (y1 - y0)) / 2;
  ctx.lineWidth = 2;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  strokes.forEach((s, i) => {
    ctx.strokeStyle = `hsl(${(i * 47) % 360} 65% 45%)`;
    ctx.beginPath();
    s.forEach(([x, y], j) => {
      const px = ox + k * (x - x0);
      const py = oy + k * (y1 - y); // y up
      if (j === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    });
    ctx.stroke();
  });
  return pts.length;
}
