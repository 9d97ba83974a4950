/**
 * A map frame as vector data, in page pixels (the export layout's unit): what the PDF and SVG
 * writers draw. Built from the rendered map through its probe (./sceneReader.ts), grouped as the layer panel
 * groups the map, so a designer gets one layer per group.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Primitive } from '../layout';
import type { Rect } from '../plan';

export interface StrokeStyle {
  color: string;
  opacity: number;
  width: number;
  /** Dash and gap lengths in page pixels; empty for a solid line. */
  dash: number[];
  cap: 'butt' | 'round' | 'square';
  join: 'miter' | 'round' | 'bevel';
}

export interface PathItem {
  kind: 'path';
  /** Sub-paths as flat [x0, y0, x1, y1, …] lists. */
  parts: number[][];
  closed: boolean;
  fill: { color: string; opacity: number } | null;
  stroke: StrokeStyle | null;
  /** Filled with 45° lines rising to the right (a markup area marked as proposed), in page pixels. */
  hatch?: Hatch;
}

export interface Hatch {
  color: string;
  opacity: number;
  spacing: number;
  width: number;
}

export interface CircleItem {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: { color: string; opacity: number } | null;
  stroke: StrokeStyle | null;
}

export interface TextLine {
  text: string;
  /** Where the line's baseline starts (left) or is centred (center) or ends (right). */
  x: number;
  y: number;
}

export interface TextItem {
  kind: 'text';
  lines: TextLine[];
  align: 'left' | 'center' | 'right';
  size: number;
  color: string;
  opacity: number;
  /** Extra space after each character, in page pixels. */
  letterSpacing: number;
  halo: { color: string; width: number } | null;
  /** Degrees clockwise about `pivot` (labels along a road or river). */
  rotate: number;
  pivot: [number, number];
  /** Bold text is drawn with a thin stroke of its own colour (the embedded face is Regular only). */
  bold?: boolean;
}

export type SceneItem = PathItem | CircleItem | TextItem;

export interface SceneGroup {
  /** Unique in the file: an SVG `<g id>`, a PDF optional-content group. */
  id: string;
  /** Readable, in the export's language: the layer panel's name. */
  name: string;
  items: SceneItem[];
}

export interface RasterImage {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

export interface VectorScene {
  /** The map frame on the page; everything is clipped to it. */
  frame: Rect;
  /** The map's background colour (the sea), drawn first; null when the raster basemap brings its own. */
  background: string | null;
  /** An online basemap as drawn (imagery, tiles), exactly the frame's size; beneath every group. */
  basemap: RasterImage | null;
  groups: SceneGroup[];
}

/** Every character the scene prints (the font is subset to these). */
export function sceneText(scene: VectorScene): string {
  return scene.groups.flatMap((g) => g.items.flatMap((i) => (i.kind === 'text' ? i.lines.map((l) => l.text) : []))).join('');
}

/**
 * Whether a style draws anything not from GeoJSON (an online basemap's tiles or imagery): that
 * part goes into a vector file as an image, so the map must be drawn at the page's pixel ratio.
 * Otherwise a vector export draws it at ratio 1: it needs the label placement (CSS pixels either
 * way), not the pixels, and an A3 page at 300 dpi is not drawn for nothing.
 */
export function hasRasterBasemap(style: StyleSpecification): boolean {
  return style.layers.some((l) => 'source' in l && style.sources[l.source]?.type !== 'geojson');
}

/** A page-layout text (title, legend, footer) as a scene text item: the writers draw both alike. */
export function frameTextItem(p: Extract<Primitive, { kind: 'text' }>): TextItem {
  return { kind: 'text', lines: [{ text: p.text, x: p.x, y: p.y }], align: p.align, size: p.size, color: p.color, opacity: 1, letterSpacing: 0, halo: null, rotate: 0, pivot: [p.x, p.y], bold: p.bold };
}
