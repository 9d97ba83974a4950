/**
 * What an export needs from the live map, handed out by MapView (the map's only owner) on request:
 * the style as drawn (layer toggles, language, imported layers and the measurement included), the
 * camera, the map's size on screen, and the largest canvas this GPU can draw.
 */
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';

export interface MapSnapshot {
  style: StyleSpecification;
  /** The map's size on screen, in CSS pixels. */
  width: number;
  height: number;
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  /** The longest canvas side the GPU renders (texture, renderbuffer and viewport limits). */
  gpuLimit: number;
}

/** The cheap part of a snapshot (no style serialisation): enough to plan an export's size. */
export type MapFrame = Pick<MapSnapshot, 'width' | 'height' | 'zoom' | 'gpuLimit'>;

let provider: { snapshot: () => MapSnapshot; frame: () => MapFrame } | null = null;

export function takeMapSnapshot(): MapSnapshot | null {
  return provider ? provider.snapshot() : null;
}

export function takeMapFrame(): MapFrame | null {
  return provider ? provider.frame() : null;
}

/** Reads the limits of the map's own WebGL context (getContext returns the existing one). */
export function gpuCanvasLimit(canvas: HTMLCanvasElement): number {
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return 4096;
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  return Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE) as number, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, viewport[0] ?? 4096, viewport[1] ?? 4096);
}

export function provideMapSnapshot(map: MaplibreMap): () => void {
  let gpuLimit: number | null = null;
  const frame = (): MapFrame => {
    const c = map.getCanvas();
    gpuLimit ??= gpuCanvasLimit(c);
    return {
      // The drawing buffer's size in CSS pixels (a container of 740.5 px draws 740): exports match it pixel for pixel.
      width: Math.round(c.width / map.getPixelRatio()),
      height: Math.round(c.height / map.getPixelRatio()),
      zoom: map.getZoom(),
      gpuLimit,
    };
  };
  const snapshot = (): MapSnapshot => {
    const center = map.getCenter();
    return { ...frame(), style: map.getStyle(), center: [center.lng, center.lat], bearing: map.getBearing(), pitch: map.getPitch() };
  };
  const own = { snapshot, frame };
  provider = own;
  return () => {
    if (provider === own) provider = null;
  };
}
