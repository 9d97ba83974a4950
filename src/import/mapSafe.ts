/**
 * What of a planner's feature properties may reach maplibre. The worker that tiles GeoJSON
 * cannot serialise a property named `constructor` (nor `__proto__`), and a number like 1e308
 * breaks its tile encoding: either way the layer silently never draws. The map gets a copy with
 * such keys dropped and unusual values as short text; the panel keeps showing the originals.
 */
import type { Feature, FeatureCollection, GeoJsonProperties } from 'geojson';

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Beyond this magnitude a number is shown as text: the tiles store numbers as doubles with headroom. */
const MAX_SAFE_MAGNITUDE = 1e15;
const MAX_TEXT = 500;

type MapValue = string | number | boolean | null;

function mapValue(value: unknown): MapValue {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= MAX_SAFE_MAGNITUDE ? value : String(value);
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  try {
    const text = JSON.stringify(value) ?? '';
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  } catch {
    return '';
  }
}

export function mapSafeProperties(properties: GeoJsonProperties): Record<string, MapValue> {
  const safe: Record<string, MapValue> = {};
  if (!properties) return safe;
  for (const key of Object.keys(properties)) {
    if (UNSAFE_KEYS.has(key)) continue;
    safe[key] = mapValue(properties[key]);
  }
  return safe;
}

export function mapSafeCollection(collection: FeatureCollection): FeatureCollection {
  return { type: 'FeatureCollection', features: collection.features.map((f): Feature => ({ type: 'Feature', properties: mapSafeProperties(f.properties), geometry: f.geometry })) };
}
