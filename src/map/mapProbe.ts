/**
 * What an export may ask of a rendered map, and nothing more: its projection, the features and
 * labels maplibre drew, feature state and the basemap's pixels. The offscreen map hands one out
 * (src/map/offscreen.ts); the vector scene reader (src/export/vector/sceneReader.ts) reads a frame
 * through it alone, so no maplibre object leaves src/map and the reader is tested with a fake.
 */
import type { Map as MaplibreMap, MapGeoJSONFeature } from 'maplibre-gl';

/** A feature as maplibre drew it: geometry in WGS84 (tile-clipped), its properties and its id. */
export interface ProbeFeature {
  geometry: GeoJSON.Geometry;
  properties: Record<string, unknown>;
  id?: string | number;
}

/** A rectangle in the map canvas's device pixels. */
export interface PixelRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ProbePixels {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

export interface MapProbe {
  zoom: () => number;
  /** Device pixels per CSS pixel the map is drawn at. */
  pixelRatio: () => number;
  /** The map's size in CSS pixels. */
  cssSize: () => { width: number; height: number };
  /** WGS84 → the map's CSS pixels (its own Web Mercator transform at its camera). */
  project: (lngLat: [number, number]) => [number, number];
  /** Every feature of a style layer drawn in the frame (for a symbol layer: the labels placed). */
  drawnFeatures: (layerId: string) => ProbeFeature[];
  /** The features of a style layer drawn over a box of CSS pixels [x0, y0, x1, y1] (labels: those reaching into it). */
  featuresIn: (layerId: string, box: [number, number, number, number]) => ProbeFeature[];
  /** The features of a style layer drawn over one CSS pixel. */
  featuresAt: (layerId: string, at: [number, number]) => ProbeFeature[];
  featureState: (sourceId: string, id: string | number) => Record<string, unknown>;
  /**
   * The map redrawn with the given style layers hidden, a rectangle of its device pixels read
   * (an online basemap beneath a vector export). Leaves those layers hidden: the last read.
   */
  pixelsWithout: (hiddenLayerIds: readonly string[], crop: PixelRect, signal: AbortSignal) => Promise<ProbePixels>;
}

function probeFeature(g: MapGeoJSONFeature): ProbeFeature {
  return { geometry: g.geometry, properties: g.properties ?? {}, id: g.id };
}

function waitIdle(map: MaplibreMap, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) reject(new DOMException('Export cancelled', 'AbortError'));
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

export function mapProbe(map: MaplibreMap): MapProbe {
  return {
    zoom: () => map.getZoom(),
    pixelRatio: () => map.getPixelRatio(),
    cssSize: () => {
      const canvas = map.getCanvas();
      return { width: canvas.width / map.getPixelRatio(), height: canvas.height / map.getPixelRatio() };
    },
    project: ([lng, lat]) => {
      const p = map.project([lng, lat]);
      return [p.x, p.y];
    },
    drawnFeatures: (layerId) => map.queryRenderedFeatures({ layers: [layerId] }).map(probeFeature),
    featuresIn: (layerId, [x0, y0, x1, y1]) =>
      map
        .queryRenderedFeatures(
          [
            [x0, y0],
            [x1, y1],
          ],
          { layers: [layerId] },
        )
        .map(probeFeature),
    featuresAt: (layerId, at) => map.queryRenderedFeatures(at, { layers: [layerId] }).map(probeFeature),
    featureState: (sourceId, id) => map.getFeatureState({ source: sourceId, id }) ?? {},
    pixelsWithout: async (hiddenLayerIds, crop, signal) => {
      for (const id of hiddenLayerIds) map.setLayoutProperty(id, 'visibility', 'none');
      await waitIdle(map, signal);
      const out = document.createElement('canvas');
      out.width = crop.w;
      out.height = crop.h;
      const ctx = out.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas for the basemap image');
      ctx.drawImage(map.getCanvas(), crop.x, crop.y, crop.w, crop.h, 0, 0, crop.w, crop.h);
      return { width: crop.w, height: crop.h, rgba: ctx.getImageData(0, 0, crop.w, crop.h).data };
    },
  };
}
