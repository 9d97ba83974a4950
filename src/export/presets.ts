/**
 * Export sizes as data, and the pure maths that turns a preset into pixels: what the dialog
 * promises is exactly what the file holds (never a silent downscale).
 */

export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';
export type Dpi = 150 | 300;

export type ExportPreset =
  | { id: 'view-1x' | 'view-2x' | 'view-3x'; kind: 'view'; scale: 1 | 2 | 3 }
  | {
      id: 'slide-1080' | 'slide-2160';
      kind: 'pixels';
      width: number;
      height: number;
      pixelRatio: number;
    }
  | {
      id: 'a4-portrait' | 'a4-landscape' | 'a3-portrait' | 'a3-landscape';
      kind: 'paper';
      paper: Paper;
      orientation: Orientation;
    };

export type PresetId = ExportPreset['id'];

export const EXPORT_PRESETS: readonly ExportPreset[] = [
  { id: 'view-1x', kind: 'view', scale: 1 },
  { id: 'view-2x', kind: 'view', scale: 2 },
  { id: 'view-3x', kind: 'view', scale: 3 },
  // A 4K slide is the 1080p slide at twice the pixel density: same layout, sharper.
  {
    id: 'slide-1080',
    kind: 'pixels',
    width: 1920,
    height: 1080,
    pixelRatio: 1,
  },
  {
    id: 'slide-2160',
    kind: 'pixels',
    width: 3840,
    height: 2160,
    pixelRatio: 2,
  },
  { id: 'a4-portrait', kind: 'paper', paper: 'A4', orientation: 'portrait' },
  { id: 'a4-landscape', kind: 'paper', paper: 'A4', orientation: 'landscape' },
  { id: 'a3-portrait', kind: 'paper', paper: 'A3', orientation: 'portrait' },
  { id: 'a3-landscape', kind: 'paper', paper: 'A3', orientation: 'landscape' },
];

export const DPIS: readonly Dpi[] = [150, 300];

/**
 * Text sizes for slides (标准 / 放大): the page is drawn at this many more image pixels per
 * CSS pixel, so map labels, lines, legend and title all grow together and the map shows the same
 * area (its zoom is fitted to the smaller CSS frame). At 放大 a 1920×1080 slide's 12 px labels are 24 px.
 */
// 特大 is not offered: at 3× a 1920×1080 page's bands and legend leave the map a strip (seen in the
// deck PDF), so text that large needs its own slide layout first (open in #25).
export const TEXT_SCALES = { standard: 1, large: 2 } as const;
export type TextScaleId = keyof typeof TEXT_SCALES;

export function withTextScale(preset: ExportPreset, scale: TextScaleId): ExportPreset {
  return preset.kind === 'pixels' ? { ...preset, pixelRatio: preset.pixelRatio * TEXT_SCALES[scale] } : preset;
}

/** ISO 216, portrait, millimetres. */
export const PAPER_MM: Record<Paper, [number, number]> = {
  A4: [210, 297],
  A3: [297, 420],
};

/** CSS pixels are 1/96 inch: the pixel ratio that makes a CSS pixel one dot at `dpi`. */
export const CSS_DPI = 96;
const MM_PER_INCH = 25.4;

export function presetById(id: string): ExportPreset | undefined {
  return EXPORT_PRESETS.find((p) => p.id === id);
}

export function paperMm(paper: Paper, orientation: Orientation): [number, number] {
  const [w, h] = PAPER_MM[paper];
  return orientation === 'portrait' ? [w, h] : [h, w];
}

/** Millimetres to whole dots: A4 at 300 dpi is 2480×3508, A3 at 300 dpi is 3508×4961. */
export function mmToPixels(mm: number, dpi: number): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

export interface PageSize {
  /** The whole image, in pixels. */
  width: number;
  height: number;
  /** Image pixels per CSS pixel: map labels, lines and the layout's text scale by it. */
  pixelRatio: number;
  /** Paper presets: the sheet, for the PDF page and the PNG's physical size. */
  paperMm: [number, number] | null;
  dpi: number;
}

/**
 * The page for a fixed-size preset. `view` presets have no fixed page: their map is the screen's
 * map times the scale, and the title and footer bands are added around it (see planExport).
 */
export function fixedPageSize(preset: Exclude<ExportPreset, { kind: 'view' }>, dpi: Dpi): PageSize {
  if (preset.kind === 'pixels') {
    return {
      width: preset.width,
      height: preset.height,
      pixelRatio: preset.pixelRatio,
      paperMm: null,
      dpi: CSS_DPI * preset.pixelRatio,
    };
  }
  const mm = paperMm(preset.paper, preset.orientation);
  return {
    width: mmToPixels(mm[0], dpi),
    height: mmToPixels(mm[1], dpi),
    pixelRatio: dpi / CSS_DPI,
    paperMm: mm,
    dpi,
  };
}

/** PDF points per image pixel (a CSS pixel is 0.75 pt). */
export function pointsPerPixel(page: Pick<PageSize, 'pixelRatio'>): number {
  return 0.75 / page.pixelRatio;
}

/**
 * The zoom that shows at least the screen's extent in a map frame of another size: the screen's
 * zoom, moved by log2 of the scale that fits the screen's frame inside the export's (in CSS px).
 */
export function fittedZoom(screenZoom: number, screen: { width: number; height: number }, frame: { width: number; height: number }): number {
  const fit = Math.min(frame.width / screen.width, frame.height / screen.height);
  return screenZoom + Math.log2(fit);
}

/** The CSS size of a container whose canvas at `pixelRatio` covers `pixels` (maplibre floors the canvas size). */
export function containerCssSize(pixels: number, pixelRatio: number): number {
  let css = Math.ceil(pixels / pixelRatio);
  if (Math.floor(css * pixelRatio) < pixels) css += 1;
  return css;
}
