/**
 * Outlines drawn along the reference layer: a zone is a ring of sides, each side a named
 * reference line (a road or river from data/reference/drawn.json) or a stretch of Futian's own
 * boundary. Corners are where consecutive lines cross; each side between its two corners is the
 * line itself (its own vertices), so a zone edge and its road coincide exactly.
 */
import { distance, lineIntersect, lineSlice, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';

export type LineSide = string;
/** A side along Futian's boundary: points beyond the district that the clip to Futian cuts away. */
export interface DistrictSide {
  district: 'north' | 'east' | 'south' | 'west';
  beyond: Position[];
}
export type Side = LineSide | DistrictSide;

export const isDistrictSide = (side: Side): side is DistrictSide => typeof side !== 'string';

/** Lines that touch rather than cross (an end on another line) still meet, within this. */
const TOUCH_TOLERANCE_M = 30;

const asLine = (coordinates: Position[]): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } });

/** Where two reference lines meet: their crossing, or the closest approach when one ends on the other. */
export function junction(a: Position[], b: Position[], what: string): Position {
  const crossings = lineIntersect(asLine(a), asLine(b)).features;
  if (crossings.length === 1) return crossings[0].geometry.coordinates;
  if (crossings.length > 1) throw new Error(`${what}: the two lines cross ${crossings.length} times; name a side that crosses once`);
  let best: { at: Position; m: number } | null = null;
  for (const [from, to] of [[a, b], [b, a]]) {
    for (const vertex of from) {
      const snapped = nearestPointOnLine(asLine(to), point(vertex));
      const m = distance(point(vertex), snapped, { units: 'meters' });
      if (!best || m < best.m) best = { at: snapped.geometry.coordinates, m };
    }
  }
  if (!best || best.m > TOUCH_TOLERANCE_M) throw new Error(`${what}: the lines do not meet (closest ${Math.round(best?.m ?? Number.NaN)} m)`);
  return best.at;
}

/** The stretch of `line` from `from` to `to`, in that direction. */
export function stretch(line: Position[], from: Position, to: Position): Position[] {
  const slice = lineSlice(point(from), point(to), asLine(line)).geometry.coordinates;
  const first = slice[0];
  const forward = distance(point(first), point(from)) <= distance(point(first), point(to));
  return forward ? slice : [...slice].reverse();
}

const same = (p: Position, q: Position) => Math.abs(p[0] - q[0]) < 1e-9 && Math.abs(p[1] - q[1]) < 1e-9;

/** The closed ring of a zone whose sides are `sides` (in ring order), before clipping to Futian. */
export function ringAlong(sides: readonly Side[], lineOf: (id: string) => Position[], what: string): Polygon {
  const n = sides.length;
  if (n < 3) throw new Error(`${what}: a ring needs at least three sides`);
  const corners: Position[] = sides.map((side, i) => {
    const next = sides[(i + 1) % n];
    const label = `${what}: corner of ${JSON.stringify(side)} and ${JSON.stringify(next)}`;
    if (isDistrictSide(side) && isDistrictSide(next)) throw new Error(`${label}: two district sides in a row`);
    if (isDistrictSide(side)) return nearestPointOnLine(asLine(lineOf(next as string)), point(side.beyond[side.beyond.length - 1])).geometry.coordinates;
    if (isDistrictSide(next)) return nearestPointOnLine(asLine(lineOf(side)), point(next.beyond[0])).geometry.coordinates;
    return junction(lineOf(side), lineOf(next), label);
  });
  const ring: Position[] = [];
  const push = (p: Position) => {
    if (ring.length === 0 || !same(ring[ring.length - 1], p)) ring.push(p);
  };
  sides.forEach((side, i) => {
    const start = corners[(i + n - 1) % n];
    const end = corners[i];
    const edge = isDistrictSide(side) ? [start, ...side.beyond, end] : stretch(lineOf(side), start, end);
    for (const p of edge) push(p);
  });
  if (!same(ring[0], ring[ring.length - 1])) ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring] };
}
