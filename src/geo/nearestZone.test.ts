import type { Feature, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceKm, edgeDistanceKm } from './measure';
import { boxGapKm, nearestZone, type ZoneOutline } from './nearestZone';

const square = (w: number, s: number, d: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [w + d, s], [w + d, s + d], [w, s + d], [w, s]]] });
const zone = (id: string, w: number, s: number, d: number): ZoneOutline => ({ id: id as ZoneOutline['id'], geometry: square(w, s, d), bbox: [w, s, w + d, s + d] });
const feature = (geometry: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry });

describe('boxGapKm', () => {
  it('is 0 for overlapping boxes and the gap otherwise, never more than the true distance', () => {
    expect(boxGapKm([114, 22.5, 114.1, 22.6], [114.05, 22.55, 114.2, 22.7])).toBe(0);
    // Due east, 0.1° of longitude at 22.6°N.
    expect(boxGapKm([114, 22.5, 114.1, 22.6], [114.2, 22.5, 114.3, 22.6])).toBeCloseTo(distanceKm([114.1, 22.6], [114.2, 22.6]), 6);
    // Due north, 0.1° of latitude.
    expect(boxGapKm([114, 22.5, 114.1, 22.6], [114, 22.7, 114.1, 22.8])).toBeCloseTo(distanceKm([114, 22.6], [114, 22.7]), 6);
    const a = square(114, 22.5, 0.1);
    const b = square(114.3, 22.8, 0.1);
    expect(boxGapKm([114, 22.5, 114.1, 22.6], [114.3, 22.8, 114.4, 22.9])).toBeLessThanOrEqual(edgeDistanceKm(a, b));
  });
});

describe('nearestZone', () => {
  const zones = [zone('hetao', 114.0, 22.5, 0.01), zone('bagualing', 114.1, 22.5, 0.01), zone('xiangmihu', 114.2, 22.5, 0.01)];
  it('finds the nearest zone edge to edge, as the unsimplified measure does', () => {
    const line = feature({ type: 'LineString', coordinates: [[114.12, 22.505], [114.13, 22.505]] });
    const result = nearestZone([line], zones);
    expect(result?.id).toBe('bagualing');
    expect(result?.km).toBeCloseTo(edgeDistanceKm(line.geometry, zones[1]?.geometry as Geometry), 3);
  });
  it('measures a 200,000-vertex line (duplicates and a wiggle) within 10 m of the exact answer, and answers a second time from memory', () => {
    const coordinates: number[][] = [];
    for (let i = 0; i < 200_000; i++) coordinates.push([114.12 + (i % 1000) * 1e-5, 22.505 + (i % 2) * 1e-6]);
    const features = [feature({ type: 'LineString', coordinates })];
    const first = nearestZone(features, zones);
    expect(first?.id).toBe('bagualing');
    // The nearest vertex is at 114.12, about 1 km east of bagualing's east edge (114.11).
    expect(Math.abs((first?.km ?? 0) - distanceKm([114.11, 22.505], [114.12, 22.505]))).toBeLessThan(0.01);
    expect(nearestZone(features, [])).toBe(first);
  });
  it('is 0 for a feature touching a zone, and null with nothing measurable', () => {
    expect(nearestZone([feature(square(114.005, 22.505, 0.01))], zones)?.km).toBe(0);
    expect(nearestZone([], zones)).toBeNull();
  });
});
