/**
 * The exports that embed the face, from a rendered frame to a file (loaded only when one starts):
 * the vector PDF and SVG (the frame read as vector data) and the raster PDF (the frame one image);
 * each page laid out with the embedded face's metrics, the face subset to the page's characters,
 * then written by the one PDF writer (../pdf.ts) or the SVG writer.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { RenderedMap } from '../../map/offscreen';
import type { AtlasState } from '../../state/store';
import type { Lang } from '../../i18n';
import type { ExportContent, ExportOptions, Primitive } from '../layout';
import { layoutExport } from '../layout';
import { exportMessages } from '../messages';
import type { ExportPlan } from '../plan';
import { buildPdf } from '../pdf';
import { pointsPerPixel } from '../presets';
import { embedFont } from './font';
import { loadFontKit } from './fontLoader';
import { sceneGroups } from './groups';
import { FONT_METRICS, vectorMeasure } from './metrics';
import { type RasterImage, sceneText, type VectorScene } from './scene';
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

/** One page read as vector data and laid out, ready for a writer: a vector export's page, or one page of a deck. */
export interface VectorPage {
  widthPt: number;
  heightPt: number;
  scale: number;
  primitives: Primitive[];
  scene: VectorScene;
  /** Every character the page prints (the face is subset to the pages' text). */
  text: string;
}

export async function vectorPage(input: Omit<VectorExportInput, 'format' | 'info' | 'onEncode'>): Promise<VectorPage> {
  const { plan, state, signal } = input;
  const m = exportMessages(state.lang);
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
  const scale = pointsPerPixel(plan.page);
  return { widthPt: plan.page.width * scale, heightPt: plan.page.height * scale, scale, primitives, scene, text: sceneText(scene) + primitiveText(primitives) };
}

/** A page of frame only (a deck's title or sources slide): no map, the page's own primitives. */
export function framePage(widthPx: number, heightPx: number, pixelRatio: number, primitives: Primitive[]): VectorPage {
  const scale = pointsPerPixel({ pixelRatio });
  const scene: VectorScene = { frame: { x: 0, y: 0, w: 0, h: 0 }, background: null, basemap: null, groups: [] };
  return { widthPt: widthPx * scale, heightPt: heightPx * scale, scale, primitives, scene, text: primitiveText(primitives) };
}

const primitiveText = (primitives: readonly Primitive[]) => primitives.map((p) => (p.kind === 'text' ? p.text : '')).join('');

/** One PDF of pages (one page, or a deck's), the face subset to all their text and embedded once. */
export async function pagesPdf(pages: readonly VectorPage[], lang: Lang, info: { title: string; subject: string; creationDate: Date }, signal: AbortSignal): Promise<VectorExportOutput> {
  const m = exportMessages(lang);
  const { full, subset } = await loadFontKit(signal);
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
  const font = embedFont(subset, full, pages.map((p) => p.text).join(''));
  const names = { frame: m.vectorGroups.frame, basemap: m.vectorGroups.basemap, background: m.vectorGroups.background };
  const bytes = await buildPdf({ pages: pages.map(({ text: _text, ...page }) => page), font, info, names });
  return { blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }), missing: font.missing };
}

export async function vectorExport(input: VectorExportInput): Promise<VectorExportOutput> {
  const { plan, state, signal } = input;
  const m = exportMessages(state.lang);
  // The face and the subsetter download while the frame is read.
  const kit = loadFontKit(signal);
  const page = await vectorPage(input);
  const { full, subset } = await kit;
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
  input.onEncode();
  if (input.format === 'pdf-vector') return pagesPdf([page], state.lang, input.info, signal);
  const font = embedFont(subset, full, page.text);
  const names = { frame: m.vectorGroups.frame, basemap: m.vectorGroups.basemap, background: m.vectorGroups.background };
  const svg = buildSvg({
    widthPt: page.widthPt,
    heightPt: page.heightPt,
    width: plan.page.width,
    height: plan.page.height,
    primitives: page.primitives,
    scene: page.scene,
    font: font.otf,
    basemapHref: page.scene.basemap ? await pngDataUrl(page.scene.basemap) : null,
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
