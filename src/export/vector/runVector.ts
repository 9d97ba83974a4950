/**
 * The exports that embed the face, from a rendered frame to a file (loaded only when one starts):
 * the vector PDF and SVG (the frame read as vector data) and the raster PDF (the frame one image);
 * each page laid out with the embedded face's metrics, the face subset to the page's characters,
 * then written by the one PDF writer (../pdf.ts) or the SVG writer.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { RenderedMap } from '../../map/offscreen';
import type { AtlasState } from '../../state/store';
import type { ExportContent, ExportOptions } from '../layout';
import { layoutExport } from '../layout';
import { exportMessages } from '../messages';
import type { ExportPlan } from '../plan';
import { buildPdf } from '../pdf';
import { pointsPerPixel } from '../presets';
import { embedFont } from './font';
import { loadFontKit } from './fontLoader';
import { sceneGroups } from './groups';
import { FONT_METRICS, vectorMeasure } from './metrics';
import { type RasterImage, sceneText } from './scene';
import { buildVectorScene } from './sceneReader';
import { base64 } from '../../encoding/base64';
import { buildSvg } from './svg';

/** What every export that embeds the face needs: the page's plan, options and content, and the export's run. */
interface PageExportInput {
  plan: ExportPlan;
  options: ExportOptions;
  content: ExportContent;
  state: AtlasState;
  info: { title: string; subject: string; creationDate: Date };
  onEncode: () => void;
  signal: AbortSignal;
}

export interface VectorExportInput extends PageExportInput {
  format: 'pdf-vector' | 'svg';
  map: RenderedMap;
  /** The style the map was drawn with (its GeoJSON sources are read whole for paths and line labels). */
  style: StyleSpecification;
}

export interface VectorExportOutput {
  blob: Blob;
  /** Characters the embedded face lacks (the dialog lists them). */
  missing: string[];
}

async function fetchJson(url: string): Promise<GeoJSON.FeatureCollection> {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as GeoJSON.FeatureCollection;
}

async function pngDataUrl(image: RasterImage): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for the basemap image');
  ctx.putImageData(new ImageData(new Uint8ClampedArray(image.rgba), image.width, image.height), 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the basemap image');
  return `data:image/png;base64,${base64(new Uint8Array(await blob.arrayBuffer()))}`;
}

export async function vectorExport(input: VectorExportInput): Promise<VectorExportOutput> {
  const { plan, state, signal } = input;
  const m = exportMessages(state.lang);
  // The face and the subsetter download while the frame is read.
  const kit = loadFontKit(signal);
  const scene = await buildVectorScene(input.map.probe, input.style, {
    frame: plan.mapRect,
    pageRatio: plan.page.pixelRatio,
    metrics: FONT_METRICS,
    groupOf: sceneGroups(state.lang, state.importedLayers, m.vectorGroups.labels),
    fetchJson,
    signal,
  });
  input.map.dispose();
  const primitives = layoutExport(plan, input.options, input.content, vectorMeasure);
  const pageText = sceneText(scene) + primitives.map((p) => (p.kind === 'text' ? p.text : '')).join('');
  const { full, subset } = await kit;
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
  const font = embedFont(subset, full, pageText);
  input.onEncode();
  const scale = pointsPerPixel(plan.page);
  const names = { frame: m.vectorGroups.frame, basemap: m.vectorGroups.basemap, background: m.vectorGroups.background };
  const page = { widthPt: plan.page.width * scale, heightPt: plan.page.height * scale };
  if (input.format === 'pdf-vector') {
    const bytes = await buildPdf({ pages: [{ ...page, scale, primitives, scene }], font, info: input.info, names });
    return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), missing: font.missing };
  }
  const svg = buildSvg({
    ...page,
    width: plan.page.width,
    height: plan.page.height,
    primitives,
    scene,
    font: font.otf,
    basemapHref: scene.basemap ? await pngDataUrl(scene.basemap) : null,
    title: input.info.title,
    lang: state.lang,
    names,
  });
  return { blob: new Blob([svg], { type: 'image/svg+xml' }), missing: font.missing };
}

export interface RasterPdfInput extends PageExportInput {
  /** The map, exactly the size of the plan's map rectangle. */
  map: RasterImage;
}

/** The PDF whose map is one image: every other part vector, all text in the embedded face. */
export async function rasterPdfExport(input: RasterPdfInput): Promise<VectorExportOutput> {
  const { plan, state, signal } = input;
  const m = exportMessages(state.lang);
  const { full, subset } = await loadFontKit(signal);
  const primitives = layoutExport(plan, input.options, input.content, vectorMeasure);
  const font = embedFont(subset, full, primitives.map((p) => (p.kind === 'text' ? p.text : '')).join(''));
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
  input.onEncode();
  const scale = pointsPerPixel(plan.page);
  const scene = { frame: plan.mapRect, background: null, basemap: input.map, groups: [] };
  const bytes = await buildPdf({
    pages: [{ widthPt: plan.page.width * scale, heightPt: plan.page.height * scale, scale, primitives, scene }],
    font,
    info: input.info,
    names: { frame: m.vectorGroups.frame, basemap: m.vectorGroups.map, background: m.vectorGroups.background },
  });
  return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), missing: font.missing };
}
