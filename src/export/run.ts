/**
 * One export from start to file: plan, render the map at the target resolution, lay the page
 * out, encode it. Cancellable at every step; a size the browser cannot draw fails up front.
 */
import type { MapFrame } from '../map/frame';
import { renderOffscreen } from '../map/offscreen';
import { useAtlasStore } from '../state/store';
import { canvasMeasure, drawPrimitives } from './drawCanvas';
import { defaultTitle, exportContent, exportPermalink, exportSubject } from './content';
import { exportFileName } from './fileName';
import { type ExportOptions, layoutExport } from './layout';
import { buildPdf } from './pdf';
import { pdfTextWidth } from './pdfFonts';
import { type ExportPlan, fits, planExport, suggestSmaller } from './plan';
import { itxtChunk, physChunk, withPngChunks } from './pngMeta';
import { type Dpi, EXPORT_PRESETS, type ExportPreset, pointsPerPixel } from './presets';
import { qrModules } from './qr';
import { ExportError } from './errors';

export type ExportFormat = 'png' | 'pdf';
export type ExportPhase = 'map' | 'compose' | 'encode';

export interface ExportRequest {
  preset: ExportPreset;
  dpi: Dpi;
  format: ExportFormat;
  options: ExportOptions;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
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

/**
 * The plan the dialog shows before export: the same inputs as the export itself (the live map's
 * frame from the store, the QR code's size), so the same size. Pure.
 */
export function previewPlan(preset: ExportPreset, dpi: Dpi, frame: MapFrame, options: Pick<ExportOptions, 'title' | 'notes'>, qrSize: number): ExportPlan {
  return planExport(preset, dpi, frame, options, qrSize);
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new ExportError('render', 'the browser could not encode the PNG'))), 'image/png'));
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
}

export async function runExport(request: ExportRequest, onPhase: (phase: ExportPhase) => void, signal: AbortSignal): Promise<ExportResult> {
  const state = useAtlasStore.getState();
  const snapshot = state.mapPort?.snapshot();
  if (!snapshot) throw new ExportError('render', 'the map is not ready');
  const now = new Date();
  const permalink = exportPermalink(state, window.location);
  const qr = qrModules(permalink);
  const planFor = (preset: ExportPreset, dpi: Dpi) => planExport(preset, dpi, snapshot, request.options, qr.length);
  const plan = planFor(request.preset, request.dpi);
  if (!fits(plan, snapshot.gpuLimit)) throw new TooLargeError(plan, snapshot.gpuLimit, suggestSmaller(EXPORT_PRESETS, plan, snapshot.gpuLimit, planFor));

  onPhase('map');
  const map = await renderOffscreen(
    snapshot,
    { css: plan.mapCss, minCanvas: plan.mapRect, pixelRatio: plan.page.pixelRatio, zoom: plan.zoom, selected: state.selectedZoneId },
    signal,
  );
  try {
    throwIfAborted(signal);
    onPhase('compose');
    const content = exportContent(state, snapshot, plan, map.drawn, permalink, qr, now);
    const fileName = exportFileName(exportSubject(state), state.lang, now, request.format);
    const { width, height } = plan.page;
    if (request.format === 'png') {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new ExportError('too-large', 'no 2D canvas of this size');
      drawPrimitives(ctx, layoutExport(plan, request.options, content, canvasMeasure(ctx)), map.canvas);
      map.dispose();
      onPhase('encode');
      const png = new Uint8Array(await (await toBlob(canvas)).arrayBuffer());
      throwIfAborted(signal);
      const tagged = withPngChunks(png, [physChunk(plan.page.dpi), itxtChunk('Title', request.options.title), itxtChunk('Source', permalink)]);
      return { blob: new Blob([tagged as BlobPart], { type: 'image/png' }), fileName, width, height };
    }
    // PDF: only the map is raster; everything around it is drawn as vector operators.
    const { w, h } = plan.mapRect;
    const crop = document.createElement('canvas');
    crop.width = w;
    crop.height = h;
    const cropCtx = crop.getContext('2d');
    if (!cropCtx) throw new ExportError('too-large', 'no 2D canvas of this size');
    drawPrimitives(cropCtx, [{ kind: 'map', rect: { x: 0, y: 0, w, h } }], map.canvas);
    map.dispose();
    const rgba = cropCtx.getImageData(0, 0, w, h).data;
    onPhase('encode');
    const scale = pointsPerPixel(plan.page);
    const bytes = await buildPdf({
      widthPt: width * scale,
      heightPt: height * scale,
      scale,
      primitives: layoutExport(plan, request.options, content, pdfTextWidth),
      map: { width: w, height: h, rgba },
      info: { title: request.options.title || defaultTitle(state), subject: permalink, creationDate: now },
    });
    throwIfAborted(signal);
    return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), fileName, width, height };
  } finally {
    map.dispose();
  }
}
