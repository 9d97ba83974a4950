/**
 * Renders the map for an export at the target resolution: a second, offscreen maplibre map with
 * the live map's style and camera, a pixel ratio of the page's, and a canvas cap raised to what
 * the GPU reports, so the raster is drawn at full size (never an upscaled screenshot, never the
 * silent downscale maplibre applies above its default 4096 px cap).
 */
import { Map as MaplibreMap } from 'maplibre-gl';
import { setZoneState } from '../map/interaction';
import { skipSupersededLoadFrames } from '../map/loadFrames';
import type { MapSnapshot } from '../map/snapshot';
import type { ZoneId } from '../zones/ids';
import type { ExportPlan } from './plan';

export class ExportError extends Error {
  constructor(
    readonly kind: 'too-large' | 'timeout' | 'render',
    message: string,
  ) {
    super(message);
  }
}

const RENDER_TIMEOUT_MS = 120_000;

export interface RenderedMap {
  canvas: HTMLCanvasElement;
  /**
   * What is drawn in the frame: style layer ids with at least one feature, and `layerId#featureId`
   * for each feature with an id. The legend lists only what is drawn.
   */
  drawn: ReadonlySet<string>;
  /** Frees the offscreen map and its GPU memory. */
  dispose: () => void;
}

export function renderMap(snapshot: MapSnapshot, plan: ExportPlan, selected: ZoneId | null, signal: AbortSignal): Promise<RenderedMap> {
  const { pixelRatio } = plan.page;
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.dataset.exportMap = '';
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${plan.mapCss.width}px`,
    height: `${plan.mapCss.height}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  document.body.append(container);
  const map = new MaplibreMap({
    container,
    style: snapshot.style,
    center: snapshot.center,
    zoom: plan.zoom,
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
    const timer = setTimeout(() => fail(new ExportError('timeout', 'the map did not finish drawing in time')), RENDER_TIMEOUT_MS);
    signal.addEventListener('abort', onAbort, { once: true });
    map.once('load', () => setZoneState(map, selected, 'selected', true));
    const onIdle = () => {
      if (!idleFrameDrawn) {
        idleFrameDrawn = true;
        map.once('idle', onIdle);
        return;
      }
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      const canvas = map.getCanvas();
      // maplibre shrinks the pixel ratio rather than fail: catch that instead of exporting it.
      if (canvas.width < plan.mapRect.w || canvas.height < plan.mapRect.h) {
        dispose();
        reject(new ExportError('too-large', `map canvas ${canvas.width}×${canvas.height} < ${plan.mapRect.w}×${plan.mapRect.h}`));
        return;
      }
      const drawn = new Set(map.queryRenderedFeatures().flatMap((f) => (f.id === undefined ? [f.layer.id] : [f.layer.id, `${f.layer.id}#${f.id}`])));
      resolve({ canvas, drawn, dispose });
    };
    map.once('idle', onIdle);
  });
}
