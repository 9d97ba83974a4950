/**
 * The distances and areas a zone's panel shows, each from one stated measurement. Pure: it takes
 * the zone geometry map and returns numbers; the panel only formats them.
 */
import type { ZoneContent } from '../content/types';
import type { ZoneId } from '../zones/ids';
import { CIVIC_CENTRE } from './landmarks';
import { bearingDeg, type CompassPoint, compassPoint, distanceKm, edgeDistanceKm } from './measure';
import type { ZoneGeoMap } from './zones';

export interface ZoneDistance {
  id: ZoneId;
  /** Between label points (great circle). */
  centreKm: number;
  /** The two positions' accuracies added: up to how far off the distance may be (src/geo/precision.ts). */
  uncertaintyM: number;
}

export interface ZoneEdgeDistance extends ZoneDistance {
  /** Between the nearest edges; 0 when they touch or overlap. */
  edgeKm: number;
}

export interface ZoneFacts {
  areaKm2: number | null;
  /** Outline length and accuracy, for the area's precision. */
  perimeterKm: number;
  accuracyM: number;
  toCore: ZoneEdgeDistance | null;
  /** From the zone's label point to 深圳市民中心. */
  toCivicCentreKm: number;
  toCivicCentreUncertaintyM: number;
  /** Centre to centre only: edge distances between partner counties cost up to a second each. */
  related: ZoneDistance[];
  /** For zones outside Futian: from Futian's label point, with direction. */
  fromFutian: { km: number; uncertaintyM: number; bearingDeg: number; compass: CompassPoint } | null;
}

const OUTSIDE_FUTIAN = new Set(['partner', 'village', 'park']);

export function centreDistance(geo: ZoneGeoMap, from: ZoneId, to: ZoneId): ZoneDistance | null {
  const a = geo.get(from);
  const b = geo.get(to);
  return a && b ? { id: to, centreKm: distanceKm(a.labelPoint, b.labelPoint), uncertaintyM: a.accuracyM + b.accuracyM } : null;
}

export function zoneDistance(geo: ZoneGeoMap, from: ZoneId, to: ZoneId): ZoneEdgeDistance | null {
  const centre = centreDistance(geo, from, to);
  const a = geo.get(from);
  const b = geo.get(to);
  return centre && a && b ? { ...centre, edgeKm: edgeDistanceKm(a.geometry, b.geometry) } : null;
}

export function zoneFacts(zone: ZoneContent, geo: ZoneGeoMap): ZoneFacts | null {
  const own = geo.get(zone.id);
  if (!own) return null;
  const futian = geo.get('futian');
  const outside = OUTSIDE_FUTIAN.has(zone.kind) && zone.id !== 'hetao-loop';
  const bearing = futian ? bearingDeg(futian.labelPoint, own.labelPoint) : 0;
  return {
    areaKm2: own.geometry.type === 'Polygon' || own.geometry.type === 'MultiPolygon' ? own.areaKm2 : null,
    perimeterKm: own.perimeterKm,
    accuracyM: own.accuracyM,
    toCore: zone.id === 'core' || zone.id === 'futian' || outside ? null : zoneDistance(geo, zone.id, 'core'),
    toCivicCentreKm: distanceKm(own.labelPoint, CIVIC_CENTRE.lngLat),
    toCivicCentreUncertaintyM: own.accuracyM + CIVIC_CENTRE.accuracyM,
    related: zone.related.map((r) => centreDistance(geo, zone.id, r.id)).filter((d): d is ZoneDistance => d !== null),
    fromFutian: outside && futian ? { km: distanceKm(futian.labelPoint, own.labelPoint), uncertaintyM: futian.accuracyM + own.accuracyM, bearingDeg: bearing, compass: compassPoint(bearing) } : null,
  };
}
