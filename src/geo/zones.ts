/**
 * Zone geometry derived from the planning GeoJSON: one primary geometry per zone (the axis's
 * corridor, not its centre line), with its bounding box, area and label point. Pure.
 */
import { bbox } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import { isZoneId, type ZoneId } from '../zones/ids';
import { areaKm2, labelPoint, type LngLat, perimeterKm } from './measure';

export interface ZoneGeo {
  id: ZoneId;
  /** How the outline was drawn, from the feature (basis_zh / basis_en). */
  basis: { zh: string; en: string };
  accuracyM: number;
  geometry: Geometry;
  bbox: [number, number, number, number];
  areaKm2: number;
  /** Length of its outline (0 for points), for the area's precision. */
  perimeterKm: number;
  labelPoint: LngLat;
  /** An area a public source gives for the zone, beside which the computed one is shown. */
  published: { km2: number; source: { zh: string; en: string } } | null;
}

export type ZoneGeoMap = ReadonlyMap<ZoneId, ZoneGeo>;

export function zoneGeometry(collections: readonly FeatureCollection[]): Map<ZoneId, ZoneGeo> {
  const result = new Map<ZoneId, ZoneGeo>();
  for (const collection of collections) {
    for (const feature of collection.features) {
      const id = String(feature.properties?.id ?? '');
      if (!isZoneId(id) || feature.properties?.part === 'centreline' || feature.properties?.part === 'label') continue;
      const b = bbox(feature);
      const p = feature.properties ?? {};
      const basis = { zh: String(p.basis_zh ?? ''), en: String(p.basis_en ?? '') };
      const published = typeof p.published_km2 === 'number' ? { km2: p.published_km2, source: { zh: String(p.published_zh ?? ''), en: String(p.published_en ?? '') } } : null;
      result.set(id, { id, basis, accuracyM: Number(p.accuracy_m ?? 0), geometry: feature.geometry, bbox: [b[0], b[1], b[2], b[3]], areaKm2: areaKm2(feature.geometry), perimeterKm: perimeterKm(feature.geometry), labelPoint: labelPoint(feature.geometry), published });
    }
  }
  return result;
}
