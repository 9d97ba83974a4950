/**
 * Plans an export before anything is drawn: the exact page size, where the map goes, and the
 * camera that shows the screen's frame in it. Pure, so the dialog can state the size up front.
 */
import { CSS_DPI, containerCssSize, type Dpi, type ExportPreset, fittedZoom, fixedPageSize, type PageSize } from './presets';
import { QR_QUIET_MODULES } from './qr';

export interface ScreenFrame {
  /** The live map's size in CSS pixels. */
  width: number;
  height: number;
  zoom: number;
}

export interface BandOptions {
  title: string;
  notes: string;
  footer?: boolean;
  qr?: boolean;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ExportPlan {
  page: PageSize;
  /** Where the map raster sits on the page, in image pixels. */
  mapRect: Rect;
  /** The offscreen map's container, in CSS pixels (its canvas covers mapRect; see containerCssSize). */
  mapCss: { width: number; height: number };
  zoom: number;
  header: number;
  footer: number;
  /** Side of one QR module, in image pixels. */
  qrModulePx: number;
  /** Page space beside the map kept for the legend (image pixels), when it would hide the subject inside the frame. */
  legendArea: Rect | null;
}

/** Room for the legend outside the map frame: a column at the right of the page or a band under the map, in image pixels. */
export interface LegendReserve {
  side: 'right' | 'bottom';
  size: number;
}

/** The layout's spacing in CSS pixels; every length is multiplied by the page's pixel ratio. */
export const LAYOUT = {
  pad: 16,
  titleSize: 24,
  titleLine: 32,
  notesSize: 14,
  notesLine: 20,
  maxNotesLines: 2,
  footerSize: 11,
  footerLine: 15,
  /** The source documents may wrap onto this many lines (four English titles need three at 1x). */
  sourceLines: 3,
  /** Attribution, the source lines, dates, permalink. */
  footerLines: 6,
} as const;

export function notesLines(notes: string): string[] {
  return notes
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, LAYOUT.maxNotesLines);
}

/** Two CSS pixels per module at least: decodable on a 1x slide, 0.5 mm on paper at 300 dpi. */
export function qrModulePixels(pixelRatio: number): number {
  return Math.max(2, Math.round(2 * pixelRatio));
}

/** Band heights depend only on the options and the QR size (never on font metrics), so PNG and PDF agree. */
export function bandHeights(pixelRatio: number, options: BandOptions, qrModuleCount: number): { header: number; footer: number } {
  const u = pixelRatio;
  const lines = notesLines(options.notes).length;
  const hasHeader = options.title.trim() !== '' || lines > 0;
  const header = hasHeader ? Math.round(u * (LAYOUT.pad + (options.title.trim() ? LAYOUT.titleLine : 0) + lines * LAYOUT.notesLine + LAYOUT.pad / 2)) : 0;
  if (options.footer === false) return { header, footer: 0 };
  const qrSide = options.qr === false ? 0 : (qrModuleCount + 2 * QR_QUIET_MODULES) * qrModulePixels(u);
  const text = Math.round(u * (LAYOUT.footerLines * LAYOUT.footerLine + LAYOUT.pad));
  const footer = Math.max(qrSide, text) + Math.round(u * 4);
  return { header, footer };
}

export function planExport(preset: ExportPreset, dpi: Dpi, screen: ScreenFrame, options: BandOptions, qrModuleCount: number, reserve: LegendReserve | null = null): ExportPlan {
  if (preset.kind === 'view') {
    // The map is the screen's map, pixel for pixel at the scale: the bands are added around it.
    const pixelRatio = preset.scale;
    const { header, footer } = bandHeights(pixelRatio, options, qrModuleCount);
    const w = screen.width * pixelRatio;
    const h = screen.height * pixelRatio;
    // Room for the legend is added beside the map, like the bands: the map stays the screen's.
    const right = reserve?.side === 'right' ? Math.round(reserve.size) : 0;
    const bottom = reserve?.side === 'bottom' ? Math.round(reserve.size) : 0;
    return {
      page: {
        width: w + right,
        height: header + h + bottom + footer,
        pixelRatio,
        paperMm: null,
        dpi: CSS_DPI * pixelRatio,
      },
      mapRect: { x: 0, y: header, w, h },
      mapCss: { width: screen.width, height: screen.height },
      zoom: screen.zoom,
      header,
      footer,
      qrModulePx: qrModulePixels(pixelRatio),
      legendArea: right > 0 ? { x: w, y: header, w: right, h } : bottom > 0 ? { x: 0, y: header + h, w: w, h: bottom } : null,
    };
  }
  const page = fixedPageSize(preset, dpi);
  const { header, footer } = bandHeights(page.pixelRatio, options, qrModuleCount);
  const right = reserve?.side === 'right' ? Math.round(reserve.size) : 0;
  const bottom = reserve?.side === 'bottom' ? Math.round(reserve.size) : 0;
  const mapRect = {
    x: 0,
    y: header,
    w: page.width - right,
    h: page.height - header - footer - bottom,
  };
  const legendArea = reserve ? (right > 0 ? { x: mapRect.w, y: header, w: right, h: mapRect.h } : { x: 0, y: header + mapRect.h, w: page.width, h: bottom }) : null;
  const mapCss = {
    width: containerCssSize(mapRect.w, page.pixelRatio),
    height: containerCssSize(mapRect.h, page.pixelRatio),
  };
  // Everything the screen showed stays in the frame, whatever the page's shape.
  const zoom = fittedZoom(screen.zoom, screen, {
    width: mapRect.w / page.pixelRatio,
    height: mapRect.h / page.pixelRatio,
  });
  return {
    page,
    mapRect,
    mapCss,
    zoom,
    header,
    footer,
    qrModulePx: qrModulePixels(page.pixelRatio),
    legendArea,
  };
}

/** The largest canvas side a 2D canvas takes in every current browser (Chrome and Firefox: 32767; Safari less). */
export const MAX_2D_SIDE = 16384;

export function fits(plan: ExportPlan, gpuLimit: number): boolean {
  return plan.mapRect.w <= gpuLimit && plan.mapRect.h <= gpuLimit && plan.page.width <= MAX_2D_SIDE && plan.page.height <= MAX_2D_SIDE;
}

/** The biggest smaller export that does fit, to suggest when the chosen one does not. */
export function suggestSmaller(
  presets: readonly ExportPreset[],
  chosen: ExportPlan,
  gpuLimit: number,
  planFor: (preset: ExportPreset, dpi: Dpi) => ExportPlan,
): { preset: ExportPreset; dpi: Dpi; plan: ExportPlan } | null {
  const area = (p: ExportPlan) => p.page.width * p.page.height;
  const candidates = presets.flatMap((preset) => ([300, 150] as const).map((dpi) => ({ preset, dpi, plan: planFor(preset, dpi) })));
  return candidates.filter((c) => fits(c.plan, gpuLimit) && area(c.plan) < area(chosen)).sort((a, b) => area(b.plan) - area(a.plan))[0] ?? null;
}
