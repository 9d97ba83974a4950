/** Mirrors the store's markup onto the map's `markup` source (src/markup/features.ts makes the features). */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { MARKUP_LAYER } from '../layers/markup';
import type { MarkupFeatureOptions } from '../markup/features';
import type { MarkupShape } from '../markup/types';
import { type AtlasState, useAtlasStore } from '../state/store';

function fromZoneOf(s: AtlasState) {
  const zone = s.markupFromZone ? s.zoneGeo?.get(s.markupFromZone)?.geometry : undefined;
  const shape = s.markup.shapes.at(-1);
  return zone && shape ? { zone, shape } : null;
}

/** The layer panel's switch: the markup's style layers shown or hidden (an export draws what the map shows). */
function applyVisibility(map: MaplibreMap, visible: boolean): void {
  for (const layer of MARKUP_LAYER.style) if (map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none');
}

type Features = (shapes: readonly MarkupShape[], options: MarkupFeatureOptions) => GeoJSON.FeatureCollection;
/** The feature builder (Turf's circle and destination with it) loads with the first shape, not with the Atlas. */
let features: Features | null = null;
let loading: Promise<Features> | null = null;

export function drawMarkup(map: MaplibreMap): void {
  const s = useAtlasStore.getState();
  applyVisibility(map, s.markupVisible);
  const source = map.getSource('markup') as GeoJSONSource | undefined;
  if (!source) return;
  // The map's first load: an empty source need not be re-tiled for nothing.
  if (s.markup.shapes.length === 0 && !drawn.has(map)) return;
  drawn.add(map);
  if (!features) {
    loading ??= import('../markup/features').then((module) => (features = module.markupFeatures));
    void loading.then(() => drawMarkup(map));
    return;
  }
  source.setData(features(s.markup.shapes, { lang: s.lang, measurements: s.markupMeasurements, fromZone: fromZoneOf(s) }));
}

const drawn = new WeakSet<MaplibreMap>();

export function bindMarkup(map: MaplibreMap): () => void {
  const unsubscribe = useAtlasStore.subscribe(
    (s) => [s.markup, s.lang, s.markupMeasurements, s.markupFromZone, s.zoneGeo] as const,
    () => drawMarkup(map),
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );
  const unsubscribeVisible = useAtlasStore.subscribe((s) => s.markupVisible, (visible) => applyVisibility(map, visible));
  return () => {
    unsubscribe();
    unsubscribeVisible();
  };
}
