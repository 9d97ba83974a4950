/**
 * An offscreen render of a snapshot of the live map (src/map/frame.ts), for exports: a second
 * maplibre map with the snapshot's style and camera, at a size and pixel ratio of the page's, and
 * a canvas cap raised to what the GPU reports, so the raster is drawn at full size (never an
 * upscaled screenshot, never the silent downscale maplibre applies above its default 4096 px cap).
 */
import { type ErrorEvent, Map as MaplibreMap } from 'maplibre-gl';
import type { ZoneId } from '../zones/ids';
import type { MapSnapshot } from './frame';
import { setZoneState } from './interaction';
import { skipSupersededLoadFrames } from './loadFrames';
import { type MapProbe, mapProbe } from './mapProbe';
import { provideMarkupImages } from './markupImages';

export interface OffscreenRequest {
  /** The container in CSS pixels; its canvas must cover `minCanvas` device pixels. */
  css: { width: number; height: number };
  minCanvas: { w: number; h: number };
  pixelRatio: number;
  zoom: number;
  /** Drawn highlighted, as on screen. */
  selected: ZoneId | null;
}

const RENDER_TIMEOUT_MS = 120_000;

/** Why an offscreen render failed; the export words each kind for the reader (src/export/errors.ts). */
export class OffscreenError extends Error {
  constructor(
    readonly kind: 'too-large' | 'timeout' | 'basemap',
    message: string,
  ) {
    super(message);
  }
}

export interface RenderedMap {
  canvas: HTMLCanvasElement;
  /**
   * What is drawn in the frame: style layer ids with at least one feature, and `layerId#featureId`
   * for each feature with an id. The legend lists only what is drawn.
   */
  drawn: ReadonlySet<string>;
  /** What a vector export reads of the frame (projection, placed labels, basemap pixels): valid until disposed. */
  probe: MapProbe;
  /** Frees the offscreen map and its GPU memory. */
  dispose: () => void;
}

export function renderOffscreen(snapshot: MapSnapshot, request: OffscreenRequest, signal: AbortSignal): Promise<RenderedMap> {
  const { pixelRatio, selected } = request;
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.dataset.exportMap = '';
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${request.css.width}px`,
    height: `${request.css.height}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  document.body.append(container);
  const map = new MaplibreMap({
    container,
    style: snapshot.style,
    center: snapshot.center,
    zoom: request.zoom,
    bearing: snapshot.bearing,
    pitch: snapshot.pitch,
    minZoom: 0,
    maxZoom: 24,
    pixelRatio,
    maxCanvasSize: [snapshot.gpuLimit, snapshot.gpuLimit],
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  // A hatched area's pattern, made at this map's pixel ratio.
  provideMarkupImages(map);
  // As on screen, frames superseded before the first idle are not drawn (a 300 dpi A3 frame is
  // 70 MB of pixels); the frame read at idle always is, or a redraw is awaited.
  let idleFrameDrawn = true;
  const stopSkipping = skipSupersededLoadFrames(map, (count) => (idleFrameDrawn = count.lastDrawn));
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    stopSkipping();
    map.remove();
    container.remove();
  };
  return new Promise<RenderedMap>((resolve, reject) => {
    const fail = (error: Error) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      dispose();
      reject(error);
    };
    const onAbort = () => fail(new DOMException('Export cancelled', 'AbortError'));
    const timer = setTimeout(() => fail(new OffscreenError('timeout', 'the map did not finish drawing in time')), RENDER_TIMEOUT_MS);
    signal.addEventListener('abort', onAbort, { once: true });
    map.once('load', () => setZoneState(map, selected, 'selected', true));
    // A basemap's tiles that fail (a lapsed key, an unreachable server, a response without CORS,
    // which would taint the canvas) would leave holes or a blank map: such an export is refused.
    const baseSources = new Set(Object.entries(snapshot.style.sources).flatMap(([id, s]) => (s.type === 'geojson' ? [] : [id])));
    let tileFailure: string | null = null;
    map.on('error', (e: ErrorEvent & { sourceId?: string }) => {
      if (!e.sourceId || !baseSources.has(e.sourceId)) {
        console.error(e.error);
        return;
      }
      const status = (e.error as { status?: unknown } | undefined)?.status;
      tileFailure ??= typeof status === 'number' && status > 0 ? `HTTP ${status}` : 'network';
    });
    const onIdle = () => {
      if (!idleFrameDrawn) {
        idleFrameDrawn = true;
        map.once('idle', onIdle);
        return;
      }
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if (tileFailure !== null) {
        dispose();
        reject(new OffscreenError('basemap', tileFailure));
        return;
      }
      const canvas = map.getCanvas();
      // maplibre shrinks the pixel ratio rather than fail: catch that instead of exporting it.
      if (canvas.width < request.minCanvas.w || canvas.height < request.minCanvas.h) {
        dispose();
        reject(new OffscreenError('too-large', `map canvas ${canvas.width}×${canvas.height} < ${request.minCanvas.w}×${request.minCanvas.h}`));
        return;
      }
      const drawn = new Set(map.queryRenderedFeatures().flatMap((f) => (f.id === undefined ? [f.layer.id] : [f.layer.id, `${f.layer.id}#${f.id}`])));
      resolve({ canvas, drawn, probe: mapProbe(map), dispose });
    };
    map.once('idle', onIdle);
  });
}
