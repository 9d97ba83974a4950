/**
 * What frames the map on an export page: the title and notes above it, the footer below (sources,
 * attribution, date, link and QR code), the scale bar and the north arrow on the map. Pure.
 */
import { type ExportPlan, LAYOUT, notesLines } from './plan';
import { CARD, card, type ExportContent, type ExportOptions, fitText, INK, type Measure, MUTED, type Point, type Primitive, wrapText } from './primitives';
import { QR_QUIET_MODULES } from './qr';
import type { ScaleBar } from './scaleBar';

export function headerPrimitives(plan: ExportPlan, options: ExportOptions, measure: Measure): Primitive[] {
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


/** With no footer band (a slide): attribution and map status in one line on the map's lower left, as on the live map. */
function creditPrimitives(plan: ExportPlan, content: ExportContent, measure: Measure): Primitive[] {
  const u = plan.page.pixelRatio;
  const size = u * LAYOUT.footerSize;
  const pad = 4 * u;
  // Left of the scale bar's corner (about 200 CSS px at the right stays free for it).
  const maxWidth = Math.max(plan.mapRect.w - 220 * u, plan.mapRect.w / 2);
  const text = fitText(`${content.mapStatus} · ${content.attribution}`, size, false, maxWidth - 2 * pad, measure);
  const w = measure(text, size, false) + 2 * pad;
  const h = size + 2 * pad;
  const y = plan.mapRect.y + plan.mapRect.h - h;
  return [
    { kind: 'rect', rect: { x: plan.mapRect.x, y, w, h }, fill: CARD, fillOpacity: 0.85 },
    { kind: 'text', x: plan.mapRect.x + pad, y: y + pad + size * 0.85, text, size, bold: false, color: MUTED, align: 'left' },
  ];
}

export function footerPrimitives(plan: ExportPlan, options: ExportOptions, content: ExportContent, measure: Measure): Primitive[] {
  if (plan.footer === 0) return creditPrimitives(plan, content, measure);
  const u = plan.page.pixelRatio;
  const withQr = options.qr !== false;
  // The band closes the page (a legend band, when there is one, sits between it and the map).
  const top = plan.page.height - plan.footer;
  const quiet = QR_QUIET_MODULES * plan.qrModulePx;
  const qrSide = withQr ? content.qr.length * plan.qrModulePx + 2 * quiet : 0;
  const qrX = plan.page.width - qrSide;
  const qrY = top + Math.round((plan.footer - qrSide) / 2);
  const x = u * LAYOUT.pad;
  const maxWidth = qrX - x;
  const size = u * LAYOUT.footerSize;
  // The source documents may wrap; the band has room for them (LAYOUT.footerLines).
  const sources = options.attribution ? wrapText(content.sources, size, false, maxWidth, LAYOUT.sourceLines, measure) : [];
  // The map's status is printed whatever the options: a planner must know whether a figure may be published.
  const status = [content.mapStatus, options.date ? content.dateLine : ''].filter(Boolean).join(' · ');
  const lines = [options.attribution ? content.attribution : '', ...sources, status, content.permalink].filter(Boolean);
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
    ...(withQr
      ? [
          {
            kind: 'qr' as const,
            x: qrX + quiet,
            y: qrY + quiet,
            modulePx: plan.qrModulePx,
            modules: content.qr,
          },
        ]
      : []),
  ];
}


/** A two-segment bar in the map's lower right, labelled with its ground length. */
export function scalePrimitives(plan: ExportPlan, scale: ScaleBar, measure: Measure): Primitive[] {
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
export function northPrimitives(plan: ExportPlan, content: ExportContent): Primitive[] {
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

