/**
 * Shapes maplibre would take without drawing anything, caught at import: a self-intersecting
 * ("bowtie") ring is split at its crossings (turf's unkinkPolygon) and drawn; a polygon without
 * area or a line without length is refused with that reason, as other unusable features are.
 */
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { area, kinks, length, unkinkPolygon } from '@turf/turf';
import { vertices } from '../geo/measure';

/**
 * Rings are checked for crossings up to this many vertices (a sweep line: fast, but splitting
 * builds a graph of every crossing). A larger ring is drawn as it comes.
 */
export const MAX_VERTICES_TO_UNKINK = 20_000;

export type ShapeCheck = { geometry: Geometry; split: boolean } | { degenerate: 'area' | 'length' };

export function usableShape(geometry: Geometry): ShapeCheck {
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const repaired = withoutKinks(geometry);
    if (area(repaired.geometry) === 0) return { degenerate: 'area' };
    return repaired;
  }
  if ((geometry.type === 'LineString' || geometry.type === 'MultiLineString') && length({ type: 'Feature', properties: {}, geometry }) === 0) return { degenerate: 'length' };
  return { geometry, split: false };
}

function withoutKinks(geometry: Polygon | MultiPolygon): { geometry: Polygon | MultiPolygon; split: boolean } {
  if (vertices(geometry).length > MAX_VERTICES_TO_UNKINK) return { geometry, split: false };
  const polygons: Polygon[] = geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  let split = false;
  const parts = polygons.flatMap((polygon) => {
    if (kinks(polygon).features.length === 0) return [polygon.coordinates];
    try {
      const pieces = unkinkPolygon(feature(polygon)).features.map((f) => f.geometry.coordinates);
      split = true;
      return pieces;
    } catch {
      // Crossings the splitter cannot resolve (overlapping edges): kept as drawn.
      return [polygon.coordinates];
    }
  });
  if (!split) return { geometry, split };
  return { geometry: parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] ?? [] } : { type: 'MultiPolygon', coordinates: parts }, split };
}

const feature = (geometry: Polygon): Feature<Polygon> => ({ type: 'Feature', properties: {}, geometry });
