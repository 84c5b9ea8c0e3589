/**
 * The data of the VRNN's Figure 1 (Chung et al. 2015): the nodes of one time step, the edges each
 * operation draws, and which equation each edge belongs to. Drawn by VrnnFigure.vue on the model page.
 */

/** The equations of the paper an edge can belong to (eq. 5, 6, 7, 9, and the smoothing posterior). */
export type EquationKey = 'prior' | 'generation' | 'recurrence' | 'inference' | 'smoothing';

/** Equation numbers in the paper (the smoothing posterior is this site's 9′). */
export const EQUATION_NUMBER: Record<EquationKey, string> = {
  prior: '5',
  generation: '6',
  recurrence: '7',
  inference: '9',
  smoothing: '9′',
};

export type NodeKey = 'hPrev' | 'h' | 'z' | 'x' | 'future';

export interface FigureNode {
  key: NodeKey;
  label: string;
  sub: string;
  /** observed (x), latent (z), deterministic state (h), or the future x_>t of the smoothing posterior. */
  kind: 'observed' | 'latent' | 'state' | 'future';
  x: number;
  y: number;
}

export const NODES: readonly FigureNode[] = [
  { key: 'x', label: 'x', sub: 't', kind: 'observed', x: 85, y: 24 },
  { key: 'future', label: 'x', sub: '>t', kind: 'future', x: 150, y: 24 },
  { key: 'z', label: 'z', sub: 't', kind: 'latent', x: 85, y: 78 },
  { key: 'hPrev', label: 'h', sub: 't−1', kind: 'state', x: 24, y: 124 },
  { key: 'h', label: 'h', sub: 't', kind: 'state', x: 146, y: 124 },
];

export interface FigureEdge {
  from: NodeKey;
  to: NodeKey;
  eq: EquationKey;
}

/** Every edge of the model, by the equation that draws it. */
export const EDGES: readonly FigureEdge[] = [
  { from: 'hPrev', to: 'z', eq: 'prior' },
  { from: 'hPrev', to: 'x', eq: 'generation' },
  { from: 'z', to: 'x', eq: 'generation' },
  { from: 'hPrev', to: 'h', eq: 'recurrence' },
  { from: 'x', to: 'h', eq: 'recurrence' },
  { from: 'z', to: 'h', eq: 'recurrence' },
  { from: 'x', to: 'z', eq: 'inference' },
  { from: 'hPrev', to: 'z', eq: 'inference' },
  { from: 'future', to: 'z', eq: 'smoothing' },
];

export type PanelKey = 'a' | 'b' | 'c' | 'd' | 'e';

export interface FigurePanel {
  key: PanelKey;
  title: string;
  /** The equations whose edges the panel draws. */
  shows: readonly EquationKey[];
  nodes: readonly NodeKey[];
  /** Equation numbers, for the caption. */
  eqs: string;
}

export const PANELS: readonly FigurePanel[] = [
  { key: 'a', title: 'Conditional prior', shows: ['prior'], nodes: ['hPrev', 'z'], eqs: '5' },
  { key: 'b', title: 'Generation', shows: ['generation'], nodes: ['hPrev', 'z', 'x'], eqs: '6' },
  { key: 'c', title: 'Recurrence', shows: ['recurrence'], nodes: ['hPrev', 'z', 'x', 'h'], eqs: '7' },
  {
    key: 'd',
    title: 'Inference',
    shows: ['inference', 'smoothing'],
    nodes: ['hPrev', 'z', 'x', 'future'],
    eqs: '9',
  },
  {
    key: 'e',
    title: 'Overall',
    shows: ['prior', 'generation', 'recurrence', 'inference', 'smoothing'],
    nodes: ['hPrev', 'z', 'x', 'h', 'future'],
    eqs: '5, 6, 7, 9',
  },
];

/** The edges panel `key` draws; the smoothing edge only when `smoothing` is on. */
export function edgesOf(key: PanelKey, smoothing: boolean): FigureEdge[] {
  const panel = PANELS.find((p) => p.key === key);
  if (!panel) throw new Error(`No panel '${key}' in Figure 1: expected one of ${PANELS.map((p) => p.key).join(', ')}.`);
  return EDGES.filter((e) => panel.shows.includes(e.eq) && (smoothing || e.eq !== 'smoothing'));
}

const NODE_RADIUS = 18;

/**
 * The SVG path of an edge: a straight line between the node rims, bent into an arc where two
 * equations join the same pair of nodes (prior and inference both run h_{t−1} → z_t).
 */
export function edgePath(e: FigureEdge): string {
  const a = NODES.find((n) => n.key === e.from)!;
  const b = NODES.find((n) => n.key === e.to)!;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  const ux = dx / len;
  const uy = dy / len;
  const x1 = a.x + ux * NODE_RADIUS;
  const y1 = a.y + uy * NODE_RADIUS;
  const x2 = b.x - ux * NODE_RADIUS;
  const y2 = b.y - uy * NODE_RADIUS;
  const f = (v: number) => v.toFixed(1);
  if (e.eq !== 'inference' || e.from !== 'hPrev') return `M${f(x1)},${f(y1)} L${f(x2)},${f(y2)}`;
  const bend = 14; // to the left of the direction of travel, off the prior's straight line
  const cx = (x1 + x2) / 2 + uy * bend;
  const cy = (y1 + y2) / 2 - ux * bend;
  return `M${f(x1)},${f(y1)} Q${f(cx)},${f(cy)} ${f(x2)},${f(y2)}`;
}
