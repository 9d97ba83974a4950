/**
 * A shape's geometry and measurements, pure (Turf does the maths). A circle's ring and an arrow's
 * head are made here, the same way for the map, every export and a GeoJSON file.
 */
import { circle, destination, distance } from '@turf/turf';
import type { Geometry, LineString, Point, Polygon } from 'geojson';
import { areaKm2, bearingDeg, edgeDistanceKm, labelPoint, perimeterKm } from '../geo/measure';
import { pathLengthKm } from '../geo/path';
import { type LngLat, type MarkupShape, roundLngLat } from './types';

/** Vertices of a circle's ring: smooth at any zoom a planner draws at, few enough for a link (made, not stored). */
const CIRCLE_STEPS = 64;

export function circleRing(centre: LngLat, radiusM: number): LngLat[] {
  const ring = circle(centre, radiusM / 1000, { steps: CIRCLE_STEPS, units: 'kilometers' }).geometry.coordinates[0] ?? [];
  return ring.map(roundLngLat);
}

export function shapeGeometry(shape: Pick<MarkupShape, 'kind' | 'coords' | 'radiusM'>): Point | LineString | Polygon {
  const { kind, coords } = shape;
  if (kind === 'point') return { type: 'Point', coordinates: coords[0] ?? [0, 0] };
  if (kind === 'line' || kind === 'arrow' || kind === 'freehand') return { type: 'LineString', coordinates: coords };
  if (kind === 'circle') return { type: 'Polygon', coordinates: [circleRing(coords[0] ?? [0, 0], shape.radiusM ?? 0)] };
  const first = coords[0];
  return { type: 'Polygon', coordinates: [first ? [...coords, first] : []] };
}

export interface ShapeMeasure {
  /** Lines: their length. */
  lengthKm: number | null;
  /** Areas: area and perimeter. */
  areaKm2: number | null;
  perimeterKm: number | null;
  /** A circle's radius. */
  radiusKm: number | null;
}

export function measureShape(shape: Pick<MarkupShape, 'kind' | 'coords' | 'radiusM'>): ShapeMeasure {
  const geometry = shapeGeometry(shape);
  const none = { lengthKm: null, areaKm2: null, perimeterKm: null, radiusKm: null };
  if (geometry.type === 'Point') return none;
  if (geometry.type === 'LineString') return { ...none, lengthKm: pathLengthKm(geometry.coordinates as LngLat[]) };
  return { ...none, areaKm2: areaKm2(geometry), perimeterKm: perimeterKm(geometry), radiusKm: shape.kind === 'circle' ? (shape.radiusM ?? 0) / 1000 : null };
}

/** Where a shape's note and measurement are written: beside the point, mid-line, inside the area. */
export function shapeLabelPoint(shape: Pick<MarkupShape, 'kind' | 'coords' | 'radiusM'>): LngLat {
  if (shape.kind === 'circle') return shape.coords[0] ?? [0, 0];
  return labelPoint(shapeGeometry(shape));
}

/** The point a distance "from a zone" runs to: a point, or a line's last vertex; an area's label point. */
export function shapeEnd(shape: Pick<MarkupShape, 'kind' | 'coords' | 'radiusM'>): LngLat | null {
  if (shape.kind === 'point' || shape.kind === 'line' || shape.kind === 'arrow' || shape.kind === 'freehand') return shape.coords[shape.coords.length - 1] ?? null;
  return shapeLabelPoint(shape);
}

/** From a zone's nearest edge to the shape's end, in km (0 inside the zone). */
export function fromZoneKm(zone: Geometry, shape: Pick<MarkupShape, 'kind' | 'coords' | 'radiusM'>): number | null {
  const end = shapeEnd(shape);
  return end ? edgeDistanceKm(zone, { type: 'Point', coordinates: end }) : null;
}

/** An arrow's head: a closed triangle at its last vertex, pointing along the last segment. */
export function arrowHead(coords: readonly LngLat[], headM: number): LngLat[] | null {
  const tip = coords[coords.length - 1];
  // The segment the head sits on: from the last vertex far enough from the tip to give a direction.
  const from = [...coords].reverse().find((c) => c[0] !== tip?.[0] || c[1] !== tip?.[1]);
  if (!tip || !from || headM <= 0) return null;
  const km = headM / 1000;
  const heading = bearingDeg(tip, from);
  const at = (origin: LngLat, lengthKm: number, degrees: number) => roundLngLat(destination(origin, lengthKm, degrees, { units: 'kilometers' }).geometry.coordinates);
  const back = at(tip, km, heading);
  return [tip, at(back, km * 0.45, heading + 90), at(back, km * 0.45, heading - 90), tip];
}

/** A circle's centre and radius from a drawn or edited ring (terra-draw gives the ring). */
export function circleFromRing(ring: readonly LngLat[]): { centre: LngLat; radiusM: number } {
  const open = ring.length > 1 && ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1] ? ring.slice(0, -1) : ring;
  const n = Math.max(1, open.length);
  const centre = roundLngLat([open.reduce((s, c) => s + c[0], 0) / n, open.reduce((s, c) => s + c[1], 0) / n]);
  const radiusM = open.reduce((s, c) => s + distance(centre, c, { units: 'kilometers' }), 0) / n * 1000;
  return { centre, radiusM: Math.round(radiusM * 10) / 10 };
}
