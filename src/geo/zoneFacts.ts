/**
 * The distances and areas a zone's panel shows, each from one stated measurement. Pure: it takes
 * the zone geometry map and returns numbers; the panel only prints them through src/geo/figures.
 * No distance is given from a zone to what lies inside it (Futian to 市民中心, a belt to one of
 * its clusters), nor between zones drawn with one outline: the panel says how they relate instead.
 */
import type { Figure, ZoneContent } from '../content/types';
import type { ZoneId } from '../zones/ids';
import { CIVIC_CENTRE } from './landmarks';
import { bearingDeg, type CompassPoint, compassPoint, containsPoint, distanceKm, edgeDistanceKm, nearestEdgePoint } from './measure';
import type { ZoneGeo, ZoneGeoMap } from './zones';

/** How one zone lies to another: apart, drawn with the same outline, holding it, or inside it. */
export type Placement = 'apart' | 'same-outline' | 'contains' | 'within';

export interface ZoneDistance {
  id: ZoneId;
  /** Other related zones drawn with the same outline, listed with this one (一核 beside 中央活力区). */
  alsoOutlined: ZoneId[];
  placement: Placement;
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
  /** The area a public source gives, shown beside the computed one. */
  published: ZoneGeo['published'];
  /** Null for the core itself, Futian, zones outside Futian and the core's own outline. */
  toCore: ZoneEdgeDistance | null;
  /** From the zone's label point to 深圳市民中心; 'inside' where the zone holds it; null outside Futian. */
  toCivicCentre: { km: number; uncertaintyM: number } | 'inside' | null;
  /** Centre to centre only: edge distances between partner counties cost up to a second each. */
  related: ZoneDistance[];
  /** Each distance a document gives to another zone (Figure.measuredTo), with the map's own measurement of it. */
  documentDistances: Array<{ figure: Figure; distance: ZoneEdgeDistance }>;
  /**
   * For zones outside Futian: from Futian's label point to the zone's (as the map's links), with
   * direction; for a county, also to its nearest boundary — "93 km to 博罗" is to the middle of a
   * 2,860 km² county, and the panel says so.
   */
  fromFutian: { km: number; uncertaintyM: number; bearingDeg: number; compass: CompassPoint; toEdgeKm: number | null } | null;
}

const OUTSIDE_FUTIAN = new Set(['partner', 'village', 'park']);

/** Whether two zones are drawn with one outline (一核 is the 中央活力区's footprint). */
export function sameOutline(a: ZoneGeo, b: ZoneGeo): boolean {
  return JSON.stringify(a.geometry) === JSON.stringify(b.geometry);
}

/** How `a` lies to `b`: one holds the other when its outline holds the other's label point and is larger. */
export function placementOf(a: ZoneGeo, b: ZoneGeo): Placement {
  if (sameOutline(a, b)) return 'same-outline';
  if (containsPoint(a.geometry, b.labelPoint) && (b.areaKm2 < a.areaKm2 || b.geometry.type === 'Point')) return 'contains';
  if (containsPoint(b.geometry, a.labelPoint) && (a.areaKm2 < b.areaKm2 || a.geometry.type === 'Point')) return 'within';
  return 'apart';
}

export function centreDistance(geo: ZoneGeoMap, from: ZoneId, to: ZoneId): ZoneDistance | null {
  const a = geo.get(from);
  const b = geo.get(to);
  return a && b ? { id: to, alsoOutlined: [], placement: placementOf(a, b), centreKm: distanceKm(a.labelPoint, b.labelPoint), uncertaintyM: a.accuracyM + b.accuracyM } : null;
}

export function zoneDistance(geo: ZoneGeoMap, from: ZoneId, to: ZoneId): ZoneEdgeDistance | null {
  const centre = centreDistance(geo, from, to);
  const a = geo.get(from);
  const b = geo.get(to);
  return centre && a && b ? { ...centre, edgeKm: edgeDistanceKm(a.geometry, b.geometry) } : null;
}

function isOutsideFutian(zone: ZoneContent): boolean {
  return OUTSIDE_FUTIAN.has(zone.kind) && zone.id !== 'hetao-loop';
}

/** The related zones' distances, one entry per outline: 一核 and 中央活力区 are one footprint, listed once. */
function relatedOnce(zone: ZoneContent, geo: ZoneGeoMap): ZoneDistance[] {
  const result: ZoneDistance[] = [];
  for (const r of zone.related) {
    const d = centreDistance(geo, zone.id, r.id);
    const g = geo.get(r.id);
    if (!d || !g) continue;
    const twin = result.find((x) => {
      const other = geo.get(x.id);
      return other !== undefined && sameOutline(other, g);
    });
    if (twin) twin.alsoOutlined.push(r.id);
    else result.push(d);
  }
  return result;
}

/** From a place's label point to the nearest point of an area's outline; null for a point zone. */
function edgeFrom(from: ZoneGeo, to: ZoneGeo): number | null {
  const nearest = to.geometry.type === 'Point' ? null : nearestEdgePoint(to.geometry, from.labelPoint);
  return nearest ? distanceKm(from.labelPoint, nearest) : null;
}

export function zoneFacts(zone: ZoneContent, geo: ZoneGeoMap): ZoneFacts | null {
  const own = geo.get(zone.id);
  if (!own) return null;
  const futian = geo.get('futian');
  const outside = isOutsideFutian(zone);
  const bearing = futian ? bearingDeg(futian.labelPoint, own.labelPoint) : 0;
  const toCore = zone.id === 'futian' || outside ? null : zoneDistance(geo, zone.id, 'core');
  return {
    areaKm2: own.geometry.type === 'Polygon' || own.geometry.type === 'MultiPolygon' ? own.areaKm2 : null,
    perimeterKm: own.perimeterKm,
    accuracyM: own.accuracyM,
    published: own.published,
    toCore: toCore && toCore.placement !== 'same-outline' && toCore.placement !== 'contains' ? toCore : null,
    toCivicCentre: outside ? null : containsPoint(own.geometry, CIVIC_CENTRE.lngLat) ? 'inside' : { km: distanceKm(own.labelPoint, CIVIC_CENTRE.lngLat), uncertaintyM: own.accuracyM + CIVIC_CENTRE.accuracyM },
    related: relatedOnce(zone, geo),
    documentDistances: zone.figures.flatMap((figure) => {
      const distance = figure.measuredTo ? zoneDistance(geo, zone.id, figure.measuredTo) : null;
      return distance ? [{ figure, distance }] : [];
    }),
    fromFutian: outside && futian ? { km: distanceKm(futian.labelPoint, own.labelPoint), uncertaintyM: futian.accuracyM + own.accuracyM, bearingDeg: bearing, compass: compassPoint(bearing), toEdgeKm: edgeFrom(futian, own) } : null,
  };
}
