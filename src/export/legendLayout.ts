/**
 * The legend on an export page: its card's measurements, the room it needs (a column or band of
 * the page when every map corner would hide too much of the subject), the corner it takes
 * otherwise, and its rows drawn as swatches and names. Pure.
 */
import { hatchSegments } from '../layers/swatch';
import type { Swatch } from '../layers/toggles';
import type { ExportPlan, LegendReserve, Rect } from './plan';
import { card, type ExportContent, type ExportOptions, fitText, INK, type LegendRow, type Measure, type Primitive } from './primitives';

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
  if (swatch.hatch) for (const points of hatchSegments(rect, 4 * u)) out.push({ kind: 'path', points, closed: false, stroke: swatch.hatch, lineWidth: u });
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
  // The map keeps at least half its frame: a legend as wide as the page (large text on a slide
  // lays it out in columns) stays on the map rather than leaving no map at all.
  const keeps = (size: number, side: number) => (size <= side / 2 ? size : null);
  if (plan.mapRect.w >= plan.mapRect.h) {
    const size = keeps(inside.w + 2 * margin, plan.mapRect.w);
    return size === null ? null : { side: 'right', size };
  }
  const band = legendBlock(plan, title, rows, measure, { maxHeight: Number.POSITIVE_INFINITY, maxWidth: plan.mapRect.w - 2 * margin });
  const size = keeps(band.h + 2 * margin, plan.mapRect.h);
  return size === null ? null : { side: 'bottom', size };
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

export function legendPrimitives(plan: ExportPlan, content: ExportContent, measure: Measure): Primitive[] {
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

