/** Measurements of a drawn path or polygon (the measure tool). Pure; Turf does the maths. */
import { length } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { areaKm2, edgeDistanceKm, type LngLat, nearestEdgePoint } from './measure';

export interface PathMeasure {
  lengthKm: number;
  /** Only for a closed polygon of three or more points. */
  areaKm2: number | null;
  /** Perimeter when closed: the path plus the closing segment. */
  perimeterKm: number | null;
  /** From a zone's nearest edge to the last point (0 if the point is inside the zone). */
  fromZoneKm: number | null;
}

export function pathLengthKm(points: readonly LngLat[]): number {
  if (points.length < 2) return 0;
  return length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: points as LngLat[] } }, { units: 'kilometers' });
}

export function measurePath(points: readonly LngLat[], closed: boolean, fromZone: Geometry | null): PathMeasure {
  const ring = closed && points.length >= 3 ? [...points, points[0]] : null;
  const last = points[points.length - 1];
  return {
    lengthKm: pathLengthKm(points),
    areaKm2: ring ? areaKm2({ type: 'Polygon', coordinates: [ring] }) : null,
    perimeterKm: ring ? pathLengthKm(ring) : null,
    fromZoneKm: fromZone && last ? edgeDistanceKm(fromZone, { type: 'Point', coordinates: last }) : null,
  };
}

/** What the map draws for a measurement: the points, the path or polygon, and the line from a zone's edge. */
export function measureFeatures(points: readonly LngLat[], closed: boolean, fromZone: Geometry | null = null): FeatureCollection {
  const features: Feature[] = points.map((p, i) => ({ type: 'Feature', properties: { part: 'vertex', index: i }, geometry: { type: 'Point', coordinates: p } }));
  if (closed && points.length >= 3) {
    features.unshift({ type: 'Feature', properties: { part: 'area' }, geometry: { type: 'Polygon', coordinates: [[...points, points[0]]] } });
  } else if (points.length >= 2) {
    features.unshift({ type: 'Feature', properties: { part: 'path' }, geometry: { type: 'LineString', coordinates: [...points] } });
  }
  const last = points[points.length - 1];
  const edge = fromZone && last ? nearestEdgePoint(fromZone, last) : null;
  if (edge && last) features.unshift({ type: 'Feature', properties: { part: 'from-zone' }, geometry: { type: 'LineString', coordinates: [edge, last] } });
  return { type: 'FeatureCollection', features };
}
