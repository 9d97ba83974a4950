/**
 * The plan zone nearest to an imported layer, edge to edge: shown under the layer's name. A file
 * may hold lines of 200,000 vertices; measured as it comes, that held the main thread 9–10 s
 * each time the layer panel opened. So: each feature is simplified first (by at most
 * SIMPLIFY_TOLERANCE_DEG, ~5 m: far inside the zones' own ± of 50 m or more), zones are taken
 * nearest bounding box first and skipped once their box is farther than the best distance, and
 * the answer is kept per feature list (a layer's features never change; restyling keeps them).
 */
import type { Feature, Geometry } from 'geojson';
import { bbox as turfBbox, simplify } from '@turf/turf';
import type { ZoneId } from '../zones/ids';
import { distanceKm, edgeDistanceKm, type LngLat } from './measure';

export const SIMPLIFY_TOLERANCE_DEG = 0.00005;
/** Features measured per layer: the first ones (a layer's neighbourhood shows in them). */
export const MEASURED_FEATURES = 200;

export interface ZoneOutline {
  id: ZoneId;
  geometry: Geometry;
  bbox: [number, number, number, number];
}

export interface NearestZone {
  id: ZoneId;
  km: number;
}

const kept = new WeakMap<readonly Feature[], NearestZone | null>();

export function nearestZone(features: readonly Feature[], zones: readonly ZoneOutline[]): NearestZone | null {
  if (kept.has(features)) return kept.get(features) ?? null;
  let best: NearestZone | null = null;
  for (const feature of features.slice(0, MEASURED_FEATURES)) {
    const geometry = simplified(feature.geometry);
    if (!geometry) continue;
    const box = turfBbox(geometry) as [number, number, number, number];
    const byBox = zones.map((zone) => ({ zone, floor: boxGapKm(box, zone.bbox) })).sort((a, b) => a.floor - b.floor);
    for (const { zone, floor } of byBox) {
      // A box gap is a floor under the edge distance (1 % slack for the sphere): past the best, stop.
      if (best && floor * 0.99 > best.km) break;
      let km: number;
      try {
        km = edgeDistanceKm(geometry, zone.geometry);
      } catch {
        // A geometry Turf cannot measure is left out of the measure, not allowed to break the panel.
        continue;
      }
      if (Number.isFinite(km) && (!best || km < best.km)) best = { id: zone.id, km };
    }
  }
  kept.set(features, best);
  return best;
}

function simplified(geometry: Geometry | null): Geometry | null {
  if (!geometry) return null;
  try {
    return simplify(geometry, { tolerance: SIMPLIFY_TOLERANCE_DEG, highQuality: false, mutate: false });
  } catch {
    return geometry;
  }
}

/**
 * A floor under the distance between two boxes' contents: their gap along each axis, taken where
 * it is shortest (a longitude gap at the shared latitude farthest from the equator).
 */
export function boxGapKm([w1, s1, e1, n1]: readonly number[], [w2, s2, e2, n2]: readonly number[]): number {
  const lngGap = e1 < w2 ? [e1, w2] : e2 < w1 ? [w1, e2] : null;
  const latGap = n1 < s2 ? [n1, s2] : n2 < s1 ? [s1, n2] : null;
  if (!lngGap && !latGap) return 0;
  if (!lngGap) return distanceKm([0, latGap?.[0] ?? 0], [0, latGap?.[1] ?? 0]);
  // Both boxes' latitudes, the poleward edge of where they overlap (or of the gap, if they do not).
  const lat = latGap ? (Math.abs(latGap[0] ?? 0) > Math.abs(latGap[1] ?? 0) ? latGap[0] : latGap[1]) : Math.abs(Math.max(s1, s2)) > Math.abs(Math.min(n1, n2)) ? Math.max(s1, s2) : Math.min(n1, n2);
  const lngOnly = distanceKm([lngGap[0] ?? 0, lat ?? 0] as LngLat, [lngGap[1] ?? 0, lat ?? 0] as LngLat);
  const latOnly = latGap ? distanceKm([0, latGap[0] ?? 0], [0, latGap[1] ?? 0]) : 0;
  return Math.max(lngOnly, latOnly);
}
