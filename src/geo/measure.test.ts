import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2, bearingDeg, compassPoint, distanceKm, distanceMatrix, edgeDistanceKm, labelPoint, type LngLat } from './measure';
import { booleanPointInPolygon } from '@turf/turf';

/** Independent haversine, R = 6371.0088 km (the mean Earth radius Turf uses for distances). */
function haversineKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]],
});

describe('distanceKm', () => {
  it.each([
    [[114.058, 22.5435], [114.094, 22.5625]],
    [[114.058, 22.5435], [116.63, 23.67]],
    [[0, 0], [180, 0]],
    [[-73.98, 40.75], [139.77, 35.68]],
  ] as Array<[LngLat, LngLat]>)('matches an independent haversine for %j → %j', (a, b) => {
    expect(distanceKm(a, b)).toBeCloseTo(haversineKm(a, b), 6);
  });
  it('gives 111.195 km for one degree along the equator', () => {
    expect(distanceKm([0, 0], [1, 0])).toBeCloseTo(111.195, 3);
  });
});

describe('areaKm2', () => {
  it('matches the spherical formula R²·Δλ·|sin φ2 − sin φ1| (R = 6371.0088 km, Turf’s Earth radius)', () => {
    const R = 6371.0088;
    const rad = Math.PI / 180;
    const expected = R * R * (0.05 * rad) * Math.abs(Math.sin(22.55 * rad) - Math.sin(22.5 * rad));
    expect(areaKm2(square(114, 22.5, 0.05))).toBeCloseTo(expected, 4);
  });
  it('is 0 for points and lines', () => {
    expect(areaKm2({ type: 'Point', coordinates: [114, 22] })).toBe(0);
    expect(areaKm2({ type: 'LineString', coordinates: [[114, 22], [115, 22]] })).toBe(0);
  });
});

describe('labelPoint', () => {
  it('is the centroid of a convex polygon', () => {
    const [lng, lat] = labelPoint(square(114, 22, 0.02));
    expect(lng).toBeCloseTo(114.01, 6);
    expect(lat).toBeCloseTo(22.01, 6);
  });
  it('lies inside a U-shaped polygon whose centroid is outside', () => {
    const u: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] };
    expect(booleanPointInPolygon(labelPoint(u), u)).toBe(true);
  });
  it('is the midpoint of a line and the point itself for a point', () => {
    const [lng, lat] = labelPoint({ type: 'LineString', coordinates: [[0, 0], [0, 2]] });
    expect(lng).toBeCloseTo(0, 9);
    expect(lat).toBeCloseTo(1, 6);
    expect(labelPoint({ type: 'Point', coordinates: [114.5, 22.5] })).toEqual([114.5, 22.5]);
  });
});

describe('edgeDistanceKm', () => {
  it('is 0 for touching and for overlapping polygons', () => {
    expect(edgeDistanceKm(square(0, 0, 1), square(1, 0, 1))).toBe(0);
    expect(edgeDistanceKm(square(0, 0, 1), square(0.5, 0.5, 1))).toBe(0);
  });
  it('is the gap between two squares on the equator', () => {
    expect(edgeDistanceKm(square(0, 0, 0.01), square(0.02, 0, 0.01))).toBeCloseTo(haversineKm([0.01, 0], [0.02, 0]), 3);
  });
  it('measures from a point to a polygon edge, and is symmetric', () => {
    const p = { type: 'Point' as const, coordinates: [0.05, 0.005] };
    expect(edgeDistanceKm(p, square(0, 0, 0.01))).toBeCloseTo(haversineKm([0.05, 0.005], [0.01, 0.005]), 3);
    expect(edgeDistanceKm(square(0, 0, 0.01), p)).toBeCloseTo(edgeDistanceKm(p, square(0, 0, 0.01)), 9);
  });
});

describe('bearing and compass', () => {
  it.each([
    [[0, 1], 0, 'N'],
    [[1, 0], 90, 'E'],
    [[0, -1], 180, 'S'],
    [[-1, 0], 270, 'W'],
  ] as Array<[LngLat, number, string]>)('from the origin to %j is %d° (%s)', (to, deg, point) => {
    expect(bearingDeg([0, 0], to)).toBeCloseTo(deg, 6);
    expect(compassPoint(bearingDeg([0, 0], to))).toBe(point);
  });
  it('rounds to the nearest of eight points', () => {
    expect(compassPoint(22.4)).toBe('N');
    expect(compassPoint(22.6)).toBe('NE');
    expect(compassPoint(359)).toBe('N');
    expect(compassPoint(-45)).toBe('NW');
  });
});

describe('distanceMatrix', () => {
  const items = [
    { id: 'a', geometry: square(0, 0, 0.01) },
    { id: 'b', geometry: square(0.01, 0, 0.01) },
    { id: 'c', geometry: { type: 'Point' as const, coordinates: [0.1, 0.1] } },
  ];
  it.each(['centre', 'edge'] as const)('is symmetric with a zero diagonal (%s)', (metric) => {
    const m = distanceMatrix(items, metric);
    for (let i = 0; i < items.length; i++) {
      expect(m[i][i]).toBe(0);
      for (let j = 0; j < items.length; j++) expect(m[i][j]).toBe(m[j][i]);
    }
  });
  it('has centre distances between label points and edge distance 0 for touching zones', () => {
    expect(distanceMatrix(items, 'centre')[0][1]).toBeCloseTo(haversineKm([0.005, 0.005], [0.015, 0.005]), 3);
    expect(distanceMatrix(items, 'edge')[0][1]).toBe(0);
  });
});
