/**
 * The export page as a list of drawing primitives in image pixels: one layout, drawn by two
 * renderers (a 2D canvas for PNG, PDF operators for vector text). Pure: fonts come in as `measure`.
 */
import type { Swatch } from '../layers/toggles';
import { type ExportPlan, LAYOUT, type LegendReserve, notesLines, type Rect } from './plan';
import { QR_QUIET_MODULES } from './qr';
import type { ScaleBar } from './scaleBar';

type Point = [number, number];

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
  permalink: string;
  qr: boolean[][];
  northLabel: string;
  /** Where the export's subject lies on the page (image pixels), for placing the legend off it; null if unknown. */
  subject: Rect | null;
  /** Null when the options leave it out or the map is pitched (no single scale). */
  scale: ScaleBar | null;
  bearing: number;
}

const INK = '#1b1b1b';
const MUTED = '#555555';
const CARD = '#ffffff';

/** The translucent white card the legend, scale bar and north arrow sit on. */
function card(rect: Rect, u: number): Primitive {
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

function headerPrimitives(plan: ExportPlan, options: ExportOptions, measure: Measure): Primitive[] {
  if (plan.header === 0) return [];
  const u = plan.page.pixelRatio;
  const x = u * LAYOUT.pad;
  const maxWidth = plan.page.width - 2 * x;
  const out: Primitive[] = [
    {
      kind: 'rect',
      rect: { x: 0, y: 0, w: plan.page.width, h: plan.header },
      fill: CARD,
    },
  ];
  let y = u * LAYOUT.pad;
  if (options.title.trim()) {
    const size = u * LAYOUT.titleSize;
    out.push({
      kind: 'text',
      x,
      y: y + size,
      text: fitText(options.title.trim(), size, true, maxWidth, measure),
      size,
      bold: true,
      color: INK,
      align: 'left',
      role: 'title',
    });
    y += u * LAYOUT.titleLine;
  }
  for (const line of notesLines(options.notes)) {
    const size = u * LAYOUT.notesSize;
    out.push({
      kind: 'text',
      x,
      y: y + size,
      text: fitText(line, size, false, maxWidth, measure),
      size,
      bold: false,
      color: MUTED,
      align: 'left',
    });
    y += u * LAYOUT.notesLine;
  }
  return out;
}

function footerPrimitives(plan: ExportPlan, options: ExportOptions, content: ExportContent, measure: Measure): Primitive[] {
  const u = plan.page.pixelRatio;
  // The band closes the page (a legend band, when there is one, sits between it and the map).
  const top = plan.page.height - plan.footer;
  const quiet = QR_QUIET_MODULES * plan.qrModulePx;
  const qrSide = content.qr.length * plan.qrModulePx + 2 * quiet;
  const qrX = plan.page.width - qrSide;
  const qrY = top + Math.round((plan.footer - qrSide) / 2);
  const x = u * LAYOUT.pad;
  const maxWidth = qrX - x;
  const size = u * LAYOUT.footerSize;
  // The source documents may wrap; the band has room for them (LAYOUT.footerLines).
  const sources = options.attribution ? wrapText(content.sources, size, false, maxWidth, LAYOUT.sourceLines, measure) : [];
  const lines = [options.attribution ? content.attribution : '', ...sources, options.date ? content.dateLine : '', content.permalink].filter(Boolean);
  const textTop = top + Math.round((plan.footer - lines.length * u * LAYOUT.footerLine) / 2);
  return [
    {
      kind: 'rect',
      rect: { x: 0, y: top, w: plan.page.width, h: plan.footer },
      fill: CARD,
    },
    {
      kind: 'path',
      points: [
        [0, top],
        [plan.page.width, top],
      ],
      closed: false,
      stroke: '#cccccc',
      lineWidth: u,
    },
    ...lines.map(
      (line, i): Primitive => ({
        kind: 'text',
        x,
        y: textTop + (i + 0.8) * u * LAYOUT.footerLine,
        text: fitText(line, size, false, maxWidth, measure),
        size,
        bold: false,
        color: line === content.permalink ? INK : MUTED,
        align: 'left',
      }),
    ),
    {
      kind: 'qr',
      x: qrX + quiet,
      y: qrY + quiet,
      modulePx: plan.qrModulePx,
      modules: content.qr,
    },
  ];
}

function swatchPrimitives(swatch: Swatch, x: number, y: number, u: number): Primitive[] {
  if (swatch.circle)
    return [
      {
        kind: 'circle',
        cx: x + 11 * u,
        cy: y,
        r: 6 * u,
        fill: swatch.circle,
        stroke: swatch.circleStroke,
        lineWidth: 2 * u,
      },
    ];
  const rect = { x: x + u, y: y - 6 * u, w: 20 * u, h: 12 * u };
  const out: Primitive[] = [];
  if (swatch.fill)
    out.push({
      kind: 'rect',
      rect,
      fill: swatch.fill,
      fillOpacity: swatch.fillOpacity ?? 1,
    });
  if (swatch.line) {
    // A wide line (the selection) is drawn inside the swatch's box, so its extra weight shows.
    const width = (swatch.lineWidth ?? 2) * u;
    const inset = (width - 2 * u) / 2;
    out.push({
      kind: 'rect',
      rect: { x: rect.x + inset, y: rect.y + inset, w: rect.w - 2 * inset, h: rect.h - 2 * inset },
      stroke: swatch.line,
      lineWidth: width,
      dash: swatch.lineDashed ? [4 * u, 2 * u] : undefined,
    });
  }
  return out;
}

/** Area of the overlap of two rectangles. */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where a legend card of w×h goes: the map corner where it covers least of the subject (lower
 * left first, then upper left, upper right under the north arrow, lower right above the scale).
 */
export function legendCorner(plan: ExportPlan, w: number, h: number, subject: Rect | null): { x: number; y: number } {
  const u = plan.page.pixelRatio;
  const margin = 12 * u;
  const { x, y, w: mw, h: mh } = plan.mapRect;
  const corners = [
    { x: x + margin, y: y + mh - margin - h },
    { x: x + margin, y: y + margin },
    { x: x + mw - margin - w, y: y + margin + 56 * u },
    { x: x + mw - margin - w, y: y + mh - margin - 48 * u - h },
  ];
  if (!subject) return corners[0];
  let best = corners[0];
  let bestCover = Number.POSITIVE_INFINITY;
  for (const c of corners) {
    const cover = overlapArea({ x: c.x, y: c.y, w, h }, subject);
    // A corner must clearly beat the one before it: the lower left stays the habit when all are clear.
    if (cover < bestCover - 1) {
      best = c;
      bestCover = cover;
    }
  }
  return best;
}

/** The legend card's measurements: rows flow into more columns when the room is short. */
export interface LegendBlock {
  w: number;
  h: number;
  perColumn: number;
  columnW: number;
  labels: string[];
}

const LEGEND = { margin: 12, pad: 10, row: 20, size: 12, titleSize: 13, swatchW: 30 } as const;

/** The card for `rows`: at most `maxHeight` tall (image pixels); with `maxWidth`, as few rows a column as fit that width. */
export function legendBlock(plan: ExportPlan, title: string, rows: readonly LegendRow[], measure: Measure, room: { maxHeight: number; maxWidth?: number }): LegendBlock {
  const u = plan.page.pixelRatio;
  const [pad, row, size] = [LEGEND.pad * u, LEGEND.row * u, LEGEND.size * u];
  const labels = rows.map((r) => fitText(r.label, size, false, plan.mapRect.w * 0.45, measure));
  const columnW = LEGEND.swatchW * u + Math.max(0, ...labels.map((l) => measure(l, size, false))) + 12 * u;
  const titleW = measure(title, LEGEND.titleSize * u, true);
  let perColumn = Math.max(1, Math.floor((room.maxHeight - 2 * pad - row) / row));
  if (room.maxWidth !== undefined) {
    // A band: the fewest rows a column that keeps the columns within the width.
    const columnsFit = Math.max(1, Math.floor((room.maxWidth - 2 * pad) / columnW));
    perColumn = Math.max(1, Math.ceil(rows.length / columnsFit));
  }
  const columns = Math.ceil(rows.length / perColumn);
  const w = Math.max(columns * columnW, titleW) + 2 * pad;
  const h = 2 * pad + row + Math.min(perColumn, rows.length) * row;
  return { w, h, perColumn, columnW, labels };
}

/**
 * Whether a page preset should keep its legend beside the map: when even the best corner would
 * hide more than 5 % of the subject. The column goes right of a landscape map, the band under a
 * portrait one (a page preset's map gives up that room; a view preset's page grows by it, its
 * map staying the screen's). Null when the legend fits in a corner.
 */
export function legendReserve(plan: ExportPlan, title: string, rows: readonly LegendRow[], subject: Rect | null, measure: Measure): LegendReserve | null {
  if (!subject || rows.length === 0) return null;
  const u = plan.page.pixelRatio;
  const margin = LEGEND.margin * u;
  const inside = legendBlock(plan, title, rows, measure, { maxHeight: plan.mapRect.h - 2 * margin });
  const at = legendCorner(plan, inside.w, inside.h, subject);
  const hidden = overlapArea({ x: at.x, y: at.y, w: inside.w, h: inside.h }, subject) / Math.max(1, subject.w * subject.h);
  if (hidden <= 0.05) return null;
  if (plan.mapRect.w >= plan.mapRect.h) return { side: 'right', size: inside.w + 2 * margin };
  const band = legendBlock(plan, title, rows, measure, { maxHeight: Number.POSITIVE_INFINITY, maxWidth: plan.mapRect.w - 2 * margin });
  return { side: 'bottom', size: band.h + 2 * margin };
}

/** Where the legend card goes and its measurements: the page's legend area when the plan keeps one, else the map corner that hides least of the subject. */
function legendPlacement(plan: ExportPlan, content: ExportContent, measure: Measure): { x: number; y: number; block: LegendBlock } {
  const margin = LEGEND.margin * plan.page.pixelRatio;
  const area = plan.legendArea;
  if (area) {
    const room = area.w >= area.h ? { maxHeight: area.h - 2 * margin, maxWidth: area.w - 2 * margin } : { maxHeight: area.h - 2 * margin };
    return { x: area.x + margin, y: area.y + margin, block: legendBlock(plan, content.legendTitle, content.legend, measure, room) };
  }
  const block = legendBlock(plan, content.legendTitle, content.legend, measure, { maxHeight: plan.mapRect.h - 2 * margin });
  return { ...legendCorner(plan, block.w, block.h, content.subject), block };
}

/** The legend card's rectangle on the page (image pixels), or null when there is no legend to draw. */
export function legendRect(plan: ExportPlan, options: ExportOptions, content: ExportContent, measure: Measure): Rect | null {
  if (!options.legend || content.legend.length === 0) return null;
  const { x, y, block } = legendPlacement(plan, content, measure);
  return { x, y, w: block.w, h: block.h };
}

function legendPrimitives(plan: ExportPlan, content: ExportContent, measure: Measure): Primitive[] {
  if (content.legend.length === 0) return [];
  const u = plan.page.pixelRatio;
  const [pad, row, size, titleSize, swatchW] = [LEGEND.pad * u, LEGEND.row * u, LEGEND.size * u, LEGEND.titleSize * u, LEGEND.swatchW * u];
  const {
    x: x0,
    y: y0,
    block: { w, h, perColumn, columnW, labels },
  } = legendPlacement(plan, content, measure);
  const out: Primitive[] = [
    card({ x: x0, y: y0, w, h }, u),
    {
      kind: 'text',
      x: x0 + pad,
      y: y0 + pad + titleSize,
      text: content.legendTitle,
      size: titleSize,
      bold: true,
      color: INK,
      align: 'left',
    },
  ];
  content.legend.forEach((r, i) => {
    const cx = x0 + pad + Math.floor(i / perColumn) * columnW;
    const cy = y0 + pad + row + (i % perColumn) * row + row / 2;
    out.push(...swatchPrimitives(r.swatch, cx, cy, u));
    out.push({
      kind: 'text',
      x: cx + swatchW,
      y: cy + size * 0.36,
      text: labels[i] ?? '',
      size,
      bold: false,
      color: INK,
      align: 'left',
    });
  });
  return out;
}

/** A two-segment bar in the map's lower right, labelled with its ground length. */
function scalePrimitives(plan: ExportPlan, scale: ScaleBar, measure: Measure): Primitive[] {
  const u = plan.page.pixelRatio;
  const margin = 12 * u;
  const pad = 8 * u;
  const size = 12 * u;
  const barH = 6 * u;
  const w = Math.max(scale.pixels, measure(scale.label, size, false)) + 2 * pad;
  const h = pad + size + 4 * u + barH + pad;
  const x0 = plan.mapRect.x + plan.mapRect.w - margin - w;
  const y0 = plan.mapRect.y + plan.mapRect.h - margin - h;
  const barX = x0 + (w - scale.pixels) / 2;
  const barY = y0 + pad + size + 4 * u;
  const half = scale.pixels / 2;
  return [
    card({ x: x0, y: y0, w, h }, u),
    {
      kind: 'text',
      x: x0 + w / 2,
      y: y0 + pad + size * 0.9,
      text: scale.label,
      size,
      bold: false,
      color: INK,
      align: 'center',
    },
    { kind: 'rect', rect: { x: barX, y: barY, w: half, h: barH }, fill: INK },
    {
      kind: 'rect',
      rect: { x: barX + half, y: barY, w: half, h: barH },
      fill: CARD,
    },
    {
      kind: 'rect',
      rect: { x: barX, y: barY, w: scale.pixels, h: barH },
      stroke: INK,
      lineWidth: u,
    },
  ];
}

/** A north arrow in the map's upper right, turned with the map's bearing. */
function northPrimitives(plan: ExportPlan, content: ExportContent): Primitive[] {
  const u = plan.page.pixelRatio;
  const r = 22 * u;
  const cx = plan.mapRect.x + plan.mapRect.w - 12 * u - r;
  const cy = plan.mapRect.y + 12 * u + r;
  // Screen y grows downwards; north on a map turned by `bearing` points bearing degrees anticlockwise.
  const a = (-content.bearing * Math.PI) / 180;
  const rotate = ([dx, dy]: Point): Point => [cx + dx * Math.cos(a) - dy * Math.sin(a), cy + dx * Math.sin(a) + dy * Math.cos(a)];
  const tip = rotate([0, -15 * u]);
  const left = rotate([-7 * u, 6 * u]);
  const right = rotate([7 * u, 6 * u]);
  const notch = rotate([0, 2 * u]);
  const label = rotate([0, 15 * u]);
  return [
    { kind: 'circle', cx, cy, r, fill: CARD, stroke: '#bbbbbb', lineWidth: u },
    {
      kind: 'path',
      points: [tip, right, notch],
      closed: true,
      fill: '#ffffff',
      stroke: INK,
      lineWidth: u,
    },
    {
      kind: 'path',
      points: [tip, left, notch],
      closed: true,
      fill: INK,
      stroke: INK,
      lineWidth: u,
    },
    {
      kind: 'text',
      x: label[0],
      y: label[1] + 4 * u,
      text: content.northLabel,
      size: 11 * u,
      bold: true,
      color: INK,
      align: 'center',
    },
  ];
}

export function layoutExport(plan: ExportPlan, options: ExportOptions, content: ExportContent, measure: Measure): Primitive[] {
  return [
    {
      kind: 'rect',
      rect: { x: 0, y: 0, w: plan.page.width, h: plan.page.height },
      fill: CARD,
    },
    { kind: 'map', rect: plan.mapRect },
    ...headerPrimitives(plan, options, measure),
    ...(options.legend ? legendPrimitives(plan, content, measure) : []),
    ...(options.scaleBar && content.scale ? scalePrimitives(plan, content.scale, measure) : []),
    ...(options.northArrow ? northPrimitives(plan, content) : []),
    ...footerPrimitives(plan, options, content, measure),
  ];
}
