/**
 * Legend symbols derived from the style layers that draw them, so a swatch can never drift from
 * the map's paint: the first fill, line and circle layer named give the colours, opacity and dash.
 */
import { LAYERS } from './registry';
import type { Localized, StyleLayer } from './types';

export interface Swatch {
  fill?: string;
  fillOpacity?: number;
  line?: string;
  lineDashed?: boolean;
  /** A line drawn wider than the legend's usual 2 px (the selection outline): its width in CSS px. */
  lineWidth?: number;
  circle?: string;
  circleStroke?: string;
  /** Diagonal hatching in this colour (a markup area marked as proposed). */
  hatch?: string;
}

export interface LegendEntry {
  label: Localized;
  swatch: Swatch;
  /**
   * What shows this entry in a frame: style layer ids, or `styleLayerId#featureId` for one
   * feature. An export lists the entry only if one of them is drawn.
   */
  drawnAs: string[];
}

type FeatureSample = Record<string, string>;
/** Feature-state flags (`selected`, `hover`) a swatch is drawn for; none by default. */
type FeatureState = Record<string, boolean>;

/**
 * A paint value as the map would draw it for a feature with `props` and `state`: a literal,
 * `['get', key]`, `['match', ['get', key], …, fallback]`, or a `case` on feature-state flags
 * (`['boolean', ['feature-state', key], …]`, as the highlights use). Anything else is not a
 * legend's business: undefined.
 */
export function paintValue(value: unknown, props: FeatureSample, state: FeatureState = {}): unknown {
  if (!Array.isArray(value)) return value;
  const [op, ...args] = value as [unknown, ...unknown[]];
  const input = (expr: unknown) => (Array.isArray(expr) && expr[0] === 'get' && typeof expr[1] === 'string' ? props[expr[1]] : undefined);
  if (op === 'get') return input(value);
  if (op === 'match') {
    const key = input(args[0]);
    for (let i = 1; i + 1 < args.length; i += 2) {
      const labels = Array.isArray(args[i]) ? (args[i] as unknown[]) : [args[i]];
      if (key !== undefined && labels.includes(key)) return paintValue(args[i + 1], props);
    }
    return paintValue(args[args.length - 1], props);
  }
  if (op === 'case') {
    const flag = (cond: unknown) =>
      Array.isArray(cond) && cond[0] === 'boolean' && Array.isArray(cond[1]) && cond[1][0] === 'feature-state' && state[String(cond[1][1])] === true;
    for (let i = 0; i + 1 < args.length; i += 2) if (flag(args[i])) return paintValue(args[i + 1], props, state);
    return paintValue(args[args.length - 1], props, state);
  }
  return undefined;
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

export function swatchOf(layers: readonly StyleLayer[], props: FeatureSample = {}, state: FeatureState = {}): Swatch {
  const swatch: Swatch = {};
  const paint = (layer: StyleLayer, key: string) => paintValue((layer.paint as Record<string, unknown> | undefined)?.[key], props, state);
  const fill = layers.find((l) => l.type === 'fill');
  const line = layers.find((l) => l.type === 'line');
  const circle = layers.find((l) => l.type === 'circle');
  if (fill) {
    swatch.fill = text(paint(fill, 'fill-color'));
    const opacity = num(paint(fill, 'fill-opacity'));
    if (opacity !== undefined && opacity !== 1) swatch.fillOpacity = opacity;
  }
  if (line) {
    swatch.line = text(paint(line, 'line-color'));
    // A dash array is a plain array of numbers, not an expression: its presence is what counts.
    if ((line.paint as Record<string, unknown> | undefined)?.['line-dasharray'] !== undefined) swatch.lineDashed = true;
    const width = num(paint(line, 'line-width'));
    if (width !== undefined && width > 2) swatch.lineWidth = width;
  }
  if (circle) {
    swatch.circle = text(paint(circle, 'circle-color'));
    swatch.circleStroke = text(paint(circle, 'circle-stroke-color'));
  }
  return Object.fromEntries(Object.entries(swatch).filter(([, v]) => v !== undefined)) as Swatch;
}

export function styleLayer(id: string): StyleLayer {
  for (const def of LAYERS) for (const layer of def.style) if (layer.id === id) return layer;
  throw new Error(`legend: no style layer "${id}"`);
}

/**
 * A legend entry drawn by the style layers `layerIds` (and, with `featureId`, that one feature's
 * paint): its swatch is theirs, and it counts as drawn when they draw something.
 */
export function legendEntry(label: Localized, layerIds: string[], sample: { featureId?: string; props?: FeatureSample } = {}): LegendEntry {
  const props = { ...(sample.featureId ? { id: sample.featureId } : {}), ...sample.props };
  const swatch = swatchOf(layerIds.map(styleLayer), props);
  return { label, swatch, drawnAs: sample.featureId ? layerIds.map((id) => `${id}#${sample.featureId}`) : layerIds };
}

/** 45° hatch lines rising to the right (as the map's hatch pattern draws them), `spacing` apart along each edge. */
export function hatchSegments(rect: { x: number; y: number; w: number; h: number }, spacing: number): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  // Lines x + y = c (y runs down, so they rise to the right); c runs over the rectangle's span.
  for (let c = rect.x + rect.y + spacing / 2; c < rect.x + rect.w + rect.y + rect.h; c += spacing) {
    const x0 = Math.max(rect.x, c - rect.y - rect.h);
    const x1 = Math.min(rect.x + rect.w, c - rect.y);
    if (x1 > x0) out.push([
      [x0, c - x0],
      [x1, c - x1],
    ]);
  }
  return out;
}
