/**
 * One export from start to file: plan, render the map at the target resolution, lay the page
 * out, encode it. Cancellable at every step; a size the browser cannot draw fails up front.
 */
import { messagesFor } from '../i18n';
import type { MapFrame } from '../map/frame';
import { OffscreenError, renderOffscreen } from '../map/offscreen';
import { type AtlasState, useAtlasStore } from '../state/store';
import { canvasMeasure, drawPrimitives } from './drawCanvas';
import { defaultTitle, exportContent, exportPermalink, exportSubject, legendRows, subjectRect } from './content';
import { exportFileName } from './fileName';
import { type ExportOptions, type LegendRow, layoutExport, legendRect, legendReserve, type Measure } from './layout';
import { type ExportPlan, fits, planExport, type Rect, suggestSmaller } from './plan';
import { placedLabelNames } from './labelNames';
import { itxtChunk, physChunk, withPngChunks } from './pngMeta';
import { type Dpi, EXPORT_PRESETS, type ExportPreset } from './presets';
import { qrModules } from './qr';
import { packMarkup } from '../markup/link';
import { ExportError } from './errors';
import { vectorMeasure } from './vector/metrics';
import { hasRasterBasemap } from './vector/scene';
import type { VectorPage } from './vector/runVector';

export type ExportFormat = 'png' | 'pdf' | 'pdf-vector' | 'svg';

export function isVectorFormat(format: ExportFormat): format is 'pdf-vector' | 'svg' {
  return format === 'pdf-vector' || format === 'svg';
}

/**
 * Whether the export draws the map at the page's pixels (and so is bounded by the GPU): every
 * raster format, and a vector file whose online basemap goes in as an image. A vector file over
 * the offline basemap needs only the map's label placement, drawn at CSS size.
 */
export function needsPagePixels(format: ExportFormat, rasterBasemap: boolean): boolean {
  return !isVectorFormat(format) || rasterBasemap;
}
export type ExportPhase = 'map' | 'compose' | 'encode';

export interface ExportRequest {
  preset: ExportPreset;
  dpi: Dpi;
  format: ExportFormat;
  options: ExportOptions;
}

/** Where the page put its legend and its subject (image pixels): the dialog says so, the coverage audit checks it. */
export interface ExportLayout {
  legend: Rect | null;
  subject: Rect | null;
  legendBeside: boolean;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
  layout: ExportLayout;
  /** Characters a vector file's embedded face lacks. */
  missingGlyphs: string[];
}

export class TooLargeError extends ExportError {
  constructor(
    readonly plan: ExportPlan,
    readonly limit: number,
    readonly suggestion: { preset: ExportPreset; dpi: Dpi; plan: ExportPlan } | null,
  ) {
    super('too-large', `${plan.page.width}×${plan.page.height} exceeds ${limit}`);
  }
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new ExportError('render', 'the browser could not encode the PNG'))), 'image/png'));
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
}

/** The text widths the file will be laid out with: the canvas's font for PNG, the embedded face's for every PDF and SVG. */
function textMeasure(format: ExportFormat): Measure {
  const ctx = format === 'png' ? document.createElement('canvas').getContext('2d') : null;
  return ctx ? canvasMeasure(ctx) : vectorMeasure;
}

/** What the legend-room decision needs, gathered once per export (or per dialog change), not once per preset planned. */
export interface LegendInput {
  title: string;
  /** Every row the visible layers could list (the drawn frame can only list fewer). */
  rows: LegendRow[];
  measure: Measure;
}

export function legendInput(state: AtlasState, format: ExportFormat): LegendInput {
  return { title: messagesFor(state.lang).layers.legend, rows: legendRows(state, 'all'), measure: textMeasure(format) };
}

/**
 * The export's plan, as the dialog states it and the export draws it: the preset's page, with
 * room for the legend beside the map when in every corner it would hide over 5 % of the subject.
 * Decided before the map is drawn.
 */
export function exportPlan(preset: ExportPreset, dpi: Dpi, frame: MapFrame, options: ExportOptions, qrSize: number, legend: LegendInput, state: AtlasState): ExportPlan {
  const plan = planExport(preset, dpi, frame, options, qrSize);
  if (!options.legend) return plan;
  const reserve = legendReserve(plan, legend.title, legend.rows, subjectRect(state, frame, plan), legend.measure);
  return reserve ? planExport(preset, dpi, frame, options, qrSize, reserve) : plan;
}

/** An export up to the drawn map: the plan, the frame rendered offscreen, the page's content. */
async function drawPage(request: ExportRequest, onPhase: (phase: ExportPhase) => void, signal: AbortSignal) {
  const state = useAtlasStore.getState();
  const snapshot = state.mapPort?.snapshot();
  if (!snapshot) throw new ExportError('render', 'the map is not ready');
  const now = new Date();
  // The link's markup is packed asynchronously as it changes; a shape drawn a moment ago is packed here.
  if (state.markup.shapes.length > 0) await packMarkup(state.markup);
  const permalink = exportPermalink(state, window.location);
  const qr = qrModules(permalink);
  const legend = legendInput(state, request.format);
  const planFor = (preset: ExportPreset, dpi: Dpi) => exportPlan(preset, dpi, snapshot, request.options, qr.length, legend, state);
  const plan = planFor(request.preset, request.dpi);
  const needsPixels = needsPagePixels(request.format, hasRasterBasemap(snapshot.style));
  if (needsPixels && !fits(plan, snapshot.gpuLimit)) throw new TooLargeError(plan, snapshot.gpuLimit, suggestSmaller(EXPORT_PRESETS, plan, snapshot.gpuLimit, planFor));

  onPhase('map');
  const pixelRatio = needsPixels ? plan.page.pixelRatio : 1;
  const minCanvas = needsPixels ? plan.mapRect : { w: Math.floor(plan.mapCss.width), h: Math.floor(plan.mapCss.height) };
  const map = await renderOffscreen(snapshot, { css: plan.mapCss, minCanvas, pixelRatio, zoom: plan.zoom, selected: state.selectedZoneId }, signal).catch((error: unknown) => {
    throw error instanceof OffscreenError ? new ExportError(error.kind, error.message) : error;
  });
  if (signal.aborted) map.dispose();
  throwIfAborted(signal);
  const content = exportContent(state, snapshot, plan, map.drawn, permalink, qr, now);
  return { state, snapshot, now, permalink, plan, map, content, pixelRatio };
}

/** The page of the live map as vector data, for a deck's PDF (its pages share one embedded face). */
export async function drawVectorPage(request: Omit<ExportRequest, 'format'>, signal: AbortSignal): Promise<VectorPage> {
  const { state, snapshot, plan, map, content } = await drawPage({ ...request, format: 'pdf-vector' }, () => undefined, signal);
  try {
    const { vectorPage } = await import('./vector/runVector');
    return await vectorPage({ plan, options: request.options, content, map, style: snapshot.style, state, signal });
  } finally {
    map.dispose();
  }
}

export async function runExport(request: ExportRequest, onPhase: (phase: ExportPhase) => void, signal: AbortSignal): Promise<ExportResult> {
  const { state, snapshot, now, permalink, plan, map, content, pixelRatio } = await drawPage(request, onPhase, signal);
  try {
    onPhase('compose');
    const fileName = exportFileName(exportSubject(state), state.lang, now, request.format);
    const { width, height } = plan.page;
    const layoutOf = (m: Measure): ExportLayout => ({ legend: legendRect(plan, request.options, content, m), subject: content.subject, legendBeside: plan.legendArea !== null });
    if (isVectorFormat(request.format)) {
      // Paths, text and an embedded face: its code and font load only now.
      const { vectorExport } = await import('./vector/runVector');
      const out = await vectorExport({
        format: request.format,
        plan,
        options: request.options,
        content,
        map,
        style: snapshot.style,
        state,
        info: { title: request.options.title || defaultTitle(state), subject: permalink, creationDate: now },
        onEncode: () => onPhase('encode'),
        signal,
      });
      throwIfAborted(signal);
      return { blob: out.blob, fileName, width, height, layout: layoutOf(vectorMeasure), missingGlyphs: out.missing };
    }
    if (request.format === 'png') {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new ExportError('too-large', 'no 2D canvas of this size');
      const canvasWidth = canvasMeasure(ctx);
      drawPrimitives(ctx, layoutExport(plan, request.options, content, canvasWidth), map.canvas);
      // The frame is the canvas's centre (as drawn into the page), in the map's CSS pixels.
      const css = map.probe.cssSize();
      const [fw, fh] = [plan.mapRect.w / pixelRatio, plan.mapRect.h / pixelRatio];
      const labels = placedLabelNames(map.probe, snapshot.style, state.lang, [(css.width - fw) / 2, (css.height - fh) / 2, (css.width + fw) / 2, (css.height + fh) / 2]);
      map.dispose();
      onPhase('encode');
      const png = new Uint8Array(await (await toBlob(canvas)).arrayBuffer());
      throwIfAborted(signal);
      const tagged = withPngChunks(png, [physChunk(plan.page.dpi), itxtChunk('Title', request.options.title), itxtChunk('Source', permalink), itxtChunk('Labels', labels.join('\n'))]);
      return { blob: new Blob([tagged as BlobPart], { type: 'image/png' }), fileName, width, height, layout: layoutOf(canvasWidth), missingGlyphs: [] };
    }
    // PDF: only the map is raster; everything around it is vector, its text in the embedded face.
    const { w, h } = plan.mapRect;
    const crop = document.createElement('canvas');
    crop.width = w;
    crop.height = h;
    const cropCtx = crop.getContext('2d');
    if (!cropCtx) throw new ExportError('too-large', 'no 2D canvas of this size');
    drawPrimitives(cropCtx, [{ kind: 'map', rect: { x: 0, y: 0, w, h } }], map.canvas);
    map.dispose();
    const raster = { width: w, height: h, rgba: cropCtx.getImageData(0, 0, w, h).data };
    const { rasterPdfExport } = await import('./vector/runVector');
    const out = await rasterPdfExport({
      plan,
      options: request.options,
      content,
      map: raster,
      state,
      info: { title: request.options.title || defaultTitle(state), subject: permalink, creationDate: now },
      onEncode: () => onPhase('encode'),
      signal,
    });
    throwIfAborted(signal);
    return { blob: out.blob, fileName, width, height, layout: layoutOf(vectorMeasure), missingGlyphs: out.missing };
  } finally {
    map.dispose();
  }
}
