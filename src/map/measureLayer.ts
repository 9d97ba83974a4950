/** Mirrors the store's measurement onto the map's `measure` source. */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { measureFeatures } from '../geo/path';
import { useAtlasStore } from '../state/store';

function isEmpty(source: GeoJSONSource): boolean {
  const data = source.serialize().data as { features?: unknown[] } | string | undefined;
  return typeof data === 'object' && Array.isArray(data.features) && data.features.length === 0;
}

export function drawMeasure(map: MaplibreMap): void {
  const { measurePoints, measureClosed, measureFromZone, zoneGeo } = useAtlasStore.getState();
  const source = map.getSource('measure') as GeoJSONSource | undefined;
  if (!source) return;
  // Nothing to draw on an empty source (the map's first load): setData would re-tile it for nothing.
  if (measurePoints.length === 0 && isEmpty(source)) return;
  source.setData(measureFeatures(measurePoints, measureClosed, measureFromZone ? (zoneGeo?.get(measureFromZone)?.geometry ?? null) : null));
}

export function bindMeasure(map: MaplibreMap): () => void {
  const unsubscribe = useAtlasStore.subscribe(
    (s) => [s.measurePoints, s.measureClosed, s.measuring] as const,
    ([, , measuring]) => {
      drawMeasure(map);
      map.getCanvas().style.cursor = measuring ? 'crosshair' : '';
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
  return unsubscribe;
}
