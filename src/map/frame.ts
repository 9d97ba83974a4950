/**
 * What the rest of the app may know about the live map, as plain data: its frame (size on
 * screen, zoom, the largest canvas the GPU draws), published to the store by MapView; and, on
 * request through the store's `mapPort`, a full snapshot (the style as drawn, the camera) that
 * an offscreen render (src/map/offscreen.ts) starts from. Nothing outside src/map holds a map.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LngLat } from '../geo/measure';

/** The cheap part: enough to plan an export's size. */
export interface MapFrame {
  /** The map's drawing buffer in CSS pixels (a container of 740.5 px draws 740). */
  width: number;
  height: number;
  zoom: number;
  /** The longest canvas side the GPU renders (texture, renderbuffer and viewport limits). */
  gpuLimit: number;
  /** What the map shows, [west, south, east, north]: a briefing step made from this view frames these bounds. */
  bounds: [number, number, number, number];
  center: LngLat;
  bearing: number;
  pitch: number;
}

export interface MapSnapshot extends MapFrame {
  /** The style as drawn: layer toggles, language, imported layers and the measurement included. */
  style: StyleSpecification;
}

/** Handed to the store by MapView while the map lives; export asks it, never the map. */
export interface MapPort {
  snapshot: () => MapSnapshot;
  /** Resolves once the map has carried out what the store asked (a step's camera, layers, basemap) and drawn it all. */
  settled: () => Promise<void>;
}

/**
 * After the store's change reaches the map (framing starts on a zero timeout, see camera.ts), waits
 * for any camera move to end, then for an idle frame: every tile and style change drawn.
 */
export function whenSettled(map: MaplibreMap): Promise<void> {
  return new Promise((resolve) => {
    const wait = () => {
      if (map.isMoving()) {
        map.once('moveend', () => requestAnimationFrame(wait));
        return;
      }
      map.once('idle', () => resolve());
      map.triggerRepaint();
    };
    setTimeout(() => requestAnimationFrame(wait), 50);
  });
}

/** Reads the limits of the map's own WebGL context (getContext returns the existing one). */
export function gpuCanvasLimit(canvas: HTMLCanvasElement): number {
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return 4096;
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  return Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE) as number, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, viewport[0] ?? 4096, viewport[1] ?? 4096);
}

export function readFrame(map: MaplibreMap, gpuLimit: number): MapFrame {
  const c = map.getCanvas();
  const b = map.getBounds();
  const center = map.getCenter();
  return {
    width: Math.round(c.width / map.getPixelRatio()),
    height: Math.round(c.height / map.getPixelRatio()),
    zoom: map.getZoom(),
    gpuLimit,
    bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    center: [center.lng, center.lat],
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
}

export function sameFrame(a: MapFrame | null, b: MapFrame): boolean {
  return (
    a !== null &&
    a.width === b.width &&
    a.height === b.height &&
    a.zoom === b.zoom &&
    a.gpuLimit === b.gpuLimit &&
    a.bearing === b.bearing &&
    a.pitch === b.pitch &&
    a.bounds.every((v, i) => v === b.bounds[i]) &&
    a.center.every((v, i) => v === b.center[i])
  );
}

export function readSnapshot(map: MaplibreMap, gpuLimit: number): MapSnapshot {
  return { ...readFrame(map, gpuLimit), style: map.getStyle() as StyleSpecification };
}
