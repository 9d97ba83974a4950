/** Polygon clean-up shared by every basemap layer: clip, simplify, round, rewind, drop slivers. */
import { area, bboxClip, rewind, simplify } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { roundPositions } from '../basemap/datum';

export type Polygonal = Polygon | MultiPolygon;

function closeRing(ring: Position[]): Position[] {
  if (ring.length === 0) return ring;
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

/** Drops consecutive duplicate positions (rounding and clipping create them). */
function dedupeRing(ring: Position[]): Position[] {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}

function ringAreaM2(ring: Position[]): number {
  return area({ type: 'Polygon', coordinates: [ring] });
}

/**
 * Keeps only outer rings a map can draw: closed, ≥ 4 positions, at least `minAreaM2` in area.
 * Holes are dropped: in these sources they are reservoirs and lakes so coarsely drawn that they
 * render as stray triangles, and an administrative basemap does not need them.
 * Returns null when nothing is left.
 */
export function cleanPolygonal(geometry: Polygonal, minAreaM2: number): Polygonal | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const rings = polygon.slice(0, 1).map((r) => closeRing(dedupeRing(r)));
    const outer = rings[0];
    if (!outer || outer.length < 4 || ringAreaM2(outer) < minAreaM2) continue;
    kept.push([outer]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

/**
 * Drops polygon parts smaller than `share` of the largest part: clipping a schematic outline to
 * a district leaves slivers along the boundary that would each get a duplicate label.
 */
export function dropSlivers(geometry: Polygonal, share: number): Polygonal {
  if (geometry.type === 'Polygon') return geometry;
  const sized = geometry.coordinates.map((p) => ({ p, a: ringAreaM2(p[0]) }));
  const largest = Math.max(...sized.map((s) => s.a));
  const kept = sized.filter((s) => s.a >= share * largest).map((s) => s.p);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

export interface FinishOptions {
  toleranceDeg: number;
  decimals: number;
  minAreaM2: number;
}

/** Simplify → round → clean → RFC 7946 winding (outer rings counter-clockwise). */
export function finishPolygonal(geometry: Polygonal, options: FinishOptions): Polygonal | null {
  const simplified = simplify(geometry, { tolerance: options.toleranceDeg, highQuality: true, mutate: false }) as Polygonal;
  const cleaned = cleanPolygonal(roundPositions(simplified, options.decimals), options.minAreaM2);
  return cleaned ? (rewind(cleaned, { reverse: false, mutate: false }) as Polygonal) : null;
}

export function clipPolygonal(geometry: Polygonal, bbox: BBox, minAreaM2: number): Polygonal | null {
  const clipped = bboxClip(geometry, bbox).geometry as Polygonal;
  return cleanPolygonal(clipped, minAreaM2);
}

export function asFeature<P>(geometry: Polygonal, properties: P): Feature<Polygonal, P> {
  return { type: 'Feature', properties, geometry };
}
