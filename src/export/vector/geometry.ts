/**
 * GeoJSON geometry to page paths: projected by the caller (the map's own transform), clipped to
 * the map frame grown by a margin (so clipped edges fall outside the visible frame, which the
 * writers clip exactly), and thinned to what the page can show. Pure, unit-tested.
 */
import { bboxClip, lineString, polygon } from '@turf/turf';
import type { Rect } from '../plan';

export type Project = (lngLat: [number, number]) => [number, number];

export interface Part {
  points: number[];
  closed: boolean;
}

/** Drops points nearer than `tolerance` to the last kept one (a ring keeps its closing point). */
export function thin(points: number[], tolerance: number): number[] {
  if (points.length <= 4) return points;
  const out = [points[0], points[1]];
  const t2 = tolerance * tolerance;
  for (let i = 2; i < points.length - 2; i += 2) {
    const dx = points[i] - out[out.length - 2];
    const dy = points[i + 1] - out[out.length - 1];
    if (dx * dx + dy * dy >= t2) out.push(points[i], points[i + 1]);
  }
  out.push(points[points.length - 2], points[points.length - 1]);
  return out;
}

type Pair = [number, number];

function pairs(flat: number[]): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
}

const flatten = (positions: GeoJSON.Position[]): number[] => positions.flatMap((p) => [p[0], p[1]]);
const bboxOf = (r: Rect): [number, number, number, number] => [r.x, r.y, r.x + r.w, r.y + r.h];

/**
 * A ring clipped to a rectangle by @turf/bbox-clip (Sutherland–Hodgman, planar: page pixels work
 * as well as degrees); stays one closed ring, empty when nothing of it is inside.
 */
export function clipRing(points: number[], rect: Rect): number[] {
  if (points.length < 6) return [];
  const ring = pairs(points);
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
  const clipped = bboxClip(polygon([ring]), bboxOf(rect)).geometry;
  const out = clipped.type === 'Polygon' ? clipped.coordinates[0] : undefined;
  return out && out.length >= 4 ? flatten(out) : [];
}

/** A line clipped to a rectangle by @turf/bbox-clip: the runs of it inside, each ending on the edges. */
export function clipLine(points: number[], rect: Rect): number[][] {
  if (points.length < 4) return [];
  const clipped = bboxClip(lineString(pairs(points)), bboxOf(rect)).geometry;
  const lines = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.type === 'MultiLineString' ? clipped.coordinates : [];
  return lines.filter((line) => line.length >= 2).map(flatten);
}

function projectRing(ring: GeoJSON.Position[], project: Project): number[] {
  const out: number[] = [];
  for (const p of ring) out.push(...project([p[0], p[1]]));
  return out;
}

/** Paths of a polygon or line geometry, projected, clipped to `clip` and thinned; points give none. */
export function geometryParts(geometry: GeoJSON.Geometry, project: Project, clip: Rect, tolerance: number): Part[] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.flatMap((ring) => {
        const points = clipRing(thin(projectRing(ring, project), tolerance), clip);
        return points.length ? [{ points, closed: true }] : [];
      });
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => geometryParts({ type: 'Polygon', coordinates: polygon }, project, clip, tolerance));
    case 'LineString':
      return clipLine(thin(projectRing(geometry.coordinates, project), tolerance), clip).map((points) => ({ points, closed: false }));
    case 'MultiLineString':
      return geometry.coordinates.flatMap((line) => geometryParts({ type: 'LineString', coordinates: line }, project, clip, tolerance));
    case 'GeometryCollection':
      return geometry.geometries.flatMap((g) => geometryParts(g, project, clip, tolerance));
    default:
      return [];
  }
}

/** The points of a point geometry, projected (those outside the frame are the caller's to drop). */
export function geometryPoints(geometry: GeoJSON.Geometry, project: Project): Array<[number, number]> {
  if (geometry.type === 'Point') return [project([geometry.coordinates[0], geometry.coordinates[1]])];
  if (geometry.type === 'MultiPoint') return geometry.coordinates.map((p) => project([p[0], p[1]]));
  return [];
}
