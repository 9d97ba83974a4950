/**
 * Deterministic GeoJSON text: fixed key order from construction, one feature per line, so a
 * pipeline re-run is byte-identical and a diff shows which features changed.
 */
import type { FeatureCollection } from 'geojson';

export function serializeFeatureCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
