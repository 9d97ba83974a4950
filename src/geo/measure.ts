/**
 * Pure geo functions over GeoJSON (WGS84): no React, no map. Distances are great-circle on
 * Turf's sphere (R = 6371.0088 km), areas are Turf's spherical areas. Turf does the geometry;
 * this module adds only what Turf lacks: a label point guaranteed inside, polygon-to-polygon edge
 * distance, and a matrix.
 */
import {
  along,
  area,
  bearing,
  booleanIntersects,
  booleanPointInPolygon,
  centerOfMass,
  distance,
  length,
  nearestPointOnLine,
  pointOnFeature,
  polygonToLine,
} from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

export type LngLat = [lng: number, lat: number];

const asFeature = (g: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry: g });

/** Area in km² (0 for points and lines). */
export function areaKm2(geometry: Geometry): number {
  return area(asFeature(geometry)) / 1e6;
}

/** Length of a polygon's boundary (all rings) in km; 0 for points and lines. */
export function perimeterKm(geometry: Geometry): number {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return 0;
  return length(polygonToLine(geometry), { units: 'kilometers' });
}

/**
 * A representative point that lies on the geometry: the centroid when it falls inside a polygon,
 * otherwise Turf's point-on-surface; the midpoint along a line; the point itself.
 */
export function labelPoint(geometry: Geometry): LngLat {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates[0], geometry.coordinates[1]];
    case 'LineString': {
      const half = length(asFeature(geometry)) / 2;
      return along(geometry, half).geometry.coordinates as LngLat;
    }
    case 'Polygon':
    case 'MultiPolygon': {
      // The centre of area, not Turf's `centroid` (the mean of the vertices): an outline that
      // follows a winding river or a stair-stepped boundary has many vertices on one side.
      const c = centerOfMass(geometry).geometry.coordinates as LngLat;
      if (booleanPointInPolygon(c, geometry)) return c;
      return pointOnFeature(geometry).geometry.coordinates as LngLat;
    }
    default:
      return pointOnFeature(asFeature(geometry)).geometry.coordinates as LngLat;
  }
}

/** Great-circle distance in km. */
export function distanceKm(a: LngLat, b: LngLat): number {
  return distance(a, b, { units: 'kilometers' });
}

/** Initial bearing from a to b in degrees, 0–360 clockwise from north. */
export function bearingDeg(a: LngLat, b: LngLat): number {
  return (bearing(a, b) + 360) % 360;
}

export const COMPASS_POINTS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

export function compassPoint(bearingDegrees: number): CompassPoint {
  return COMPASS_POINTS[Math.round((((bearingDegrees % 360) + 360) % 360) / 45) % 8];
}

function outlines(geometry: Geometry): Array<LineString> {
  switch (geometry.type) {
    case 'LineString':
      return [geometry];
    case 'MultiLineString':
      return geometry.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }));
    case 'Polygon':
    case 'MultiPolygon': {
      const lines = polygonToLine(geometry as Polygon | MultiPolygon);
      const features = 'features' in lines ? lines.features : [lines];
      return features.flatMap((f) => outlines(f.geometry as LineString | MultiLineString));
    }
    default:
      return [];
  }
}

/** Every position of a geometry, flattened (a collection's members included). */
export function vertices(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(vertices);
  }
}

const EARTH_RADIUS_KM = 6371.0088; // Turf's mean Earth radius, so the two agree to rounding
const RAD = Math.PI / 180;

/**
 * The haversine distance to the nearest of `targets`, without Turf's per-call overhead: the
 * comparison runs on the haversine term (monotonic in distance) and converts once.
 */
function nearestVertexKmTo(targets: readonly LngLat[]): (v: LngLat) => number {
  const prepared = targets.map(([lng, lat]) => [lng * RAD, lat * RAD, Math.cos(lat * RAD)] as const);
  return ([lng, lat]) => {
    const lambda = lng * RAD;
    const phi = lat * RAD;
    const cosPhi = Math.cos(phi);
    let best = Number.POSITIVE_INFINITY;
    for (const [tLambda, tPhi, tCos] of prepared) best = Math.min(best, Math.sin((tPhi - phi) / 2) ** 2 + cosPhi * tCos * Math.sin((tLambda - lambda) / 2) ** 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, best)));
  };
}

/** An outline's segment as a two-point line, with half its length (km): no point of it is farther from its nearer end. */
interface Segment {
  line: Feature<LineString>;
  a: LngLat;
  b: LngLat;
  halfKm: number;
}

function segmentsOf(lines: readonly LineString[]): Segment[] {
  return lines.flatMap((line) =>
    line.coordinates.slice(1).map((end, i) => {
      const a = line.coordinates[i] as LngLat;
      const b = end as LngLat;
      return { line: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [a, b] } }, a, b, halfKm: haversineKm(a, b) / 2 };
    }),
  );
}

function haversineKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const h = Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lng2 - lng1) * RAD) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}

function vertexToOutlinesKm(from: Geometry, to: Geometry): number {
  const segments = segmentsOf(outlines(to));
  const nearestVertexKm = nearestVertexKmTo(vertices(to) as LngLat[]);
  // Cheap haversines first, the exact point-to-segment search (Turf) only where it can win. A
  // vertex whose nearest target vertex is d away is at least d − (half the longest segment) from
  // any segment (the triangle inequality on the sphere), so once that bound passes the best, stop;
  // within a vertex, a segment whose nearer end is e away is at least e − (half its own length)
  // away, so it is skipped unless that bound is below the best. Nearest first, the bound tightens
  // at once. The 24-zone edge matrix went from ~1.85 s to ~0.6 s with the first bound, and to
  // what `npm run bench` prints with the second.
  const candidates = (vertices(from) as LngLat[]).map((v) => ({ v, near: nearestVertexKm(v) })).sort((a, b) => a.near - b.near);
  if (segments.length === 0) return candidates[0]?.near ?? Number.POSITIVE_INFINITY;
  // 1 % and a metre of slack: Turf's nearest point on a segment need not lie exactly on the great circle.
  const slackOf = (halfKm: number) => halfKm * 1.01 + 0.001;
  const slack = slackOf(Math.max(...segments.map((s) => s.halfKm)));
  let best = Number.POSITIVE_INFINITY;
  for (const { v, near } of candidates) {
    if (near - slack >= best) break;
    for (const segment of segments) {
      if (Math.min(haversineKm(v, segment.a), haversineKm(v, segment.b)) - slackOf(segment.halfKm) >= best) continue;
      best = Math.min(best, nearestPointOnLine(segment.line, v, { units: 'kilometers' }).properties.dist ?? Number.POSITIVE_INFINITY);
    }
  }
  return best;
}

/**
 * Shortest distance in km between two geometries' edges: 0 when they touch or overlap. Exact for
 * polygons and lines up to the vertex spacing (the nearest pair always includes a vertex of one
 * side when the two do not intersect).
 */
export function edgeDistanceKm(a: Geometry, b: Geometry): number {
  if (booleanIntersects(asFeature(a), asFeature(b))) return 0;
  return Math.min(vertexToOutlinesKm(a, b), vertexToOutlinesKm(b, a));
}

/**
 * The point on a zone's edge nearest to `point`, or null when the point lies inside the zone (or
 * the zone is a point itself): where the measure tool's "from this zone" line starts.
 */
export function nearestEdgePoint(zone: Geometry, point: LngLat): LngLat | null {
  if (booleanIntersects(asFeature(zone), asFeature({ type: 'Point', coordinates: point }))) return null;
  let best: { at: LngLat; km: number } | null = null;
  for (const line of outlines(zone)) {
    const hit = nearestPointOnLine(line, point, { units: 'kilometers' });
    const km = hit.properties.dist ?? Number.POSITIVE_INFINITY;
    if (!best || km < best.km) best = { at: hit.geometry.coordinates as LngLat, km };
  }
  return best?.at ?? null;
}

export type DistanceMetric = 'centre' | 'edge';

export interface Located {
  id: string;
  geometry: Geometry;
}

/** Symmetric matrix of distances (km) with a zero diagonal, in the order given. */
export function distanceMatrix(items: readonly Located[], metric: DistanceMetric): number[][] {
  const points = items.map((i) => labelPoint(i.geometry));
  const matrix = items.map(() => items.map(() => 0));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const d = metric === 'centre' ? distanceKm(points[i], points[j]) : edgeDistanceKm(items[i].geometry, items[j].geometry);
      matrix[i][j] = d;
      matrix[j][i] = d;
    }
  }
  return matrix;
}

/** Whether a point lies in a polygonal geometry (false for points and lines, which hold nothing). */
export function containsPoint(geometry: Geometry, point: LngLat): boolean {
  return (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') && booleanPointInPolygon(point, geometry);
}
