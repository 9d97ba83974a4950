/**
 * The vocabulary of an export page: drawing primitives in image pixels (drawn alike by the canvas
 * for PNG and by the PDF and SVG writers), the options and content a page is laid out from, the
 * page's ink colours, and fitting text to a width. Pure: fonts come in as `measure`.
 */
import type { Swatch } from '../layers/toggles';
import type { Rect } from './plan';
import type { ScaleBar } from './scaleBar';

export type Point = [number, number];

/** How a shape is filled and outlined (both renderers read the same fields). */
export interface Paint {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  lineWidth?: number;
  dash?: number[];
}

export type Primitive =
  | { kind: 'map'; rect: Rect }
  | ({ kind: 'rect'; rect: Rect } & Paint)
  | ({ kind: 'path'; points: Point[]; closed: boolean } & Paint)
  | ({ kind: 'circle'; cx: number; cy: number; r: number } & Paint)
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold: boolean;
      color: string;
      align: 'left' | 'center' | 'right';
      role?: 'title';
    }
  | {
      kind: 'qr';
      x: number;
      y: number;
      modulePx: number;
      modules: boolean[][];
    };

/** Width of `text` drawn at `size` pixels. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface ExportOptions {
  title: string;
  notes: string;
  legend: boolean;
  scaleBar: boolean;
  northArrow: boolean;
  attribution: boolean;
  date: boolean;
  /** The band under the map (sources, date, link, QR code). Off (slides): attribution and map status go in one line on the map. */
  footer?: boolean;
  /** The QR code in the footer (the printed link stays). */
  qr?: boolean;
}

export interface LegendRow {
  label: string;
  swatch: Swatch;
}

export interface ExportContent {
  legendTitle: string;
  legend: LegendRow[];
  attribution: string;
  sources: string;
  dateLine: string;
  /** What kind of map this is, printed on every figure: schematic over the offline basemap, 天地图's 审图号 over 天地图. */
  mapStatus: string;
  permalink: string;
  qr: boolean[][];
  northLabel: string;
  /** Where the export's subject lies on the page (image pixels), for placing the legend off it; null if unknown. */
  subject: Rect | null;
  /** Null when the options leave it out or the map is pitched (no single scale). */
  scale: ScaleBar | null;
  bearing: number;
}

export const INK = '#1b1b1b';
export const MUTED = '#555555';
export const CARD = '#ffffff';

/** The translucent white card the legend, scale bar and north arrow sit on. */
export function card(rect: Rect, u: number): Primitive {
  return { kind: 'rect', rect, fill: CARD, fillOpacity: 0.92, stroke: '#bbbbbb', lineWidth: u };
}

/** How many of `chars` (at least `min`) fit in `maxWidth` with `suffix` after them: a binary search. */
function fittingCount(chars: readonly string[], suffix: string, min: number, size: number, bold: boolean, maxWidth: number, measure: Measure): number {
  let lo = min;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('')}${suffix}`, size, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Cuts `text` to `maxWidth`, ending in an ellipsis, so a long title never runs off the page. */
export function fitText(text: string, size: number, bold: boolean, maxWidth: number, measure: Measure): string {
  if (measure(text, size, bold) <= maxWidth) return text;
  const chars = Array.from(text);
  return `${chars.slice(0, fittingCount(chars, '…', 0, size, bold, maxWidth, measure)).join('')}…`;
}

/**
 * Breaks `text` into at most `maxLines` lines of `maxWidth`, at a space where the line has one
 * (Latin) and anywhere otherwise (Chinese); the last line is cut with an ellipsis if text remains.
 */
export function wrapText(text: string, size: number, bold: boolean, maxWidth: number, maxLines: number, measure: Measure): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines - 1 && measure(rest, size, bold) > maxWidth) {
    const chars = Array.from(rest);
    // At least one character a line, so a line always moves on.
    const fitting = chars.slice(0, fittingCount(chars, '', 1, size, bold, maxWidth, measure)).join('');
    const space = fitting.lastIndexOf(' ');
    const cut = space > fitting.length / 2 ? space : fitting.length;
    lines.push(fitting.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) lines.push(fitText(rest, size, bold, maxWidth, measure));
  return lines;
}

