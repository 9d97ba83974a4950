/**
 * A planner's markup (标绘): shapes drawn on the map, each with its style and an optional note.
 * Coordinates are rounded to 6 decimals (≈ 0.1 m) when drawn, so the link, the autosave and a
 * GeoJSON file all hold the very numbers the map draws (a round trip is exact).
 */
import type { Localized } from '../content/types';

export const MARKUP_KINDS = ['point', 'line', 'arrow', 'polygon', 'rectangle', 'circle', 'freehand'] as const;
export type MarkupKind = (typeof MARKUP_KINDS)[number];

export type LngLat = [number, number];

/**
 * Eight colours that read on the offline basemap's pale land and on dark imagery alike (each line
 * gets a casing of the opposite lightness: src/markup/markup.test.ts checks the contrast).
 * Magenta first: the measure tool's colour, which planners already know.
 */
export const MARKUP_PALETTE = [
  { hex: '#d1006e', casing: '#ffffff', name: { zh: '品红', en: 'magenta' } },
  { hex: '#d7191c', casing: '#ffffff', name: { zh: '红', en: 'red' } },
  { hex: '#ef6c00', casing: '#000000', name: { zh: '橙', en: 'orange' } },
  { hex: '#ffd600', casing: '#000000', name: { zh: '黄', en: 'yellow' } },
  { hex: '#117a3d', casing: '#ffffff', name: { zh: '绿', en: 'green' } },
  { hex: '#00b8d4', casing: '#000000', name: { zh: '青', en: 'cyan' } },
  { hex: '#1f5fd6', casing: '#ffffff', name: { zh: '蓝', en: 'blue' } },
  { hex: '#212121', casing: '#ffffff', name: { zh: '黑', en: 'black' } },
] as const satisfies ReadonlyArray<{ hex: string; casing: string; name: Localized }>;

export interface MarkupStyle {
  /** Index into MARKUP_PALETTE. */
  color: number;
  /** Line width in CSS pixels, 1–8. */
  width: number;
  dashed: boolean;
  /** Fill opacity of areas, in percent (0–80). */
  fill: number;
  /** Diagonal hatching: the convention for a proposed (规划) area. */
  hatch: boolean;
  /** Note text size in CSS pixels, 12–32. */
  text: number;
}

export const DEFAULT_MARKUP_STYLE: MarkupStyle = { color: 0, width: 3, dashed: false, fill: 20, hatch: false, text: 16 };

export const STYLE_LIMITS = { width: [1, 8], fill: [0, 80], text: [12, 32] } as const;

export interface MarkupShape {
  id: string;
  kind: MarkupKind;
  /**
   * point: [the point]; line, arrow, freehand: the vertices; polygon, rectangle: the ring without
   * its closing vertex; circle: [the centre] (its ring is made from `radiusM`).
   */
  coords: LngLat[];
  /** A circle's radius in metres. */
  radiusM?: number;
  /** An arrow head's length in metres (set from the zoom it was drawn at: 20 px there). */
  headM?: number;
  /** A point's text, or any shape's label (≤ MAX_NOTE characters, shown as text, never HTML). */
  note: string;
  style: MarkupStyle;
}

export interface Markup {
  shapes: MarkupShape[];
  /** The legend's name of a style (key: `styleKey`), when the planner has given one. */
  names: Record<string, string>;
}

export const EMPTY_MARKUP: Markup = { shapes: [], names: {} };

export const MAX_NOTE = 280;
export const MAX_LEGEND_NAME = 60;
/** Shapes one markup holds: enough for any briefing, small enough to draw and link. */
export const MAX_SHAPES = 1000;
/** Vertices one shape may have (a freehand stroke is simplified when finished). */
export const MAX_VERTICES = 2000;

export type ShapeClass = 'point' | 'line' | 'arrow' | 'area';

export function shapeClass(kind: MarkupKind): ShapeClass {
  if (kind === 'point') return 'point';
  if (kind === 'arrow') return 'arrow';
  return kind === 'line' || kind === 'freehand' ? 'line' : 'area';
}

/** One legend row per style used: what a reader tells apart (class, colour, dash, hatch). */
export function styleKey(shape: Pick<MarkupShape, 'kind' | 'style'>): string {
  const c = shapeClass(shape.kind);
  const { color, dashed, hatch } = shape.style;
  return [c, color, c === 'point' ? 0 : Number(dashed), c === 'area' ? Number(hatch) : 0].join('.');
}

export function roundCoord(value: number): number {
  const r = Math.round(value * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}

export function roundLngLat([lng, lat]: readonly number[]): LngLat {
  return [roundCoord(lng ?? 0), roundCoord(lat ?? 0)];
}
