import { describe, expect, it } from 'vitest';
import { distanceKm, type LngLat } from './measure';
import { measureFeatures, measurePath, pathLengthKm } from './path';

const square: LngLat[] = [
  [114, 22.5],
  [114.01, 22.5],
  [114.01, 22.51],
  [114, 22.51],
];

describe('measure tool maths', () => {
  it('sums the great-circle legs of a path', () => {
    expect(pathLengthKm(square)).toBeCloseTo(distanceKm(square[0], square[1]) + distanceKm(square[1], square[2]) + distanceKm(square[2], square[3]), 9);
    expect(pathLengthKm([[114, 22.5]])).toBe(0);
  });
  it('gives area and perimeter only when closed with three or more points', () => {
    const open = measurePath(square, false, null);
    expect(open.areaKm2).toBeNull();
    const closed = measurePath(square, true, null);
    expect(closed.areaKm2).toBeCloseTo(1.028 * 1.112, 1);
    expect(closed.perimeterKm).toBeCloseTo(pathLengthKm([...square, square[0]]), 9);
    expect(measurePath(square.slice(0, 2), true, null).areaKm2).toBeNull();
  });
  it('measures from a zone’s edge to the last point', () => {
    const zone = { type: 'Polygon' as const, coordinates: [[[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]]] };
    const m = measurePath([[0.005, 0.005], [0.03, 0.005]], false, zone);
    expect(m.fromZoneKm).toBeCloseTo(distanceKm([0.01, 0.005], [0.03, 0.005]), 3);
    expect(measurePath([[0.005, 0.005]], false, zone).fromZoneKm).toBe(0);
  });
  it('draws a path while open and a polygon once closed', () => {
    expect(measureFeatures(square, false).features[0].properties?.part).toBe('path');
    expect(measureFeatures(square, true).features[0].properties?.part).toBe('area');
    expect(measureFeatures(square, true).features.filter((f) => f.properties?.part === 'vertex')).toHaveLength(4);
  });
  it('draws the line from a zone’s nearest edge to the last point, and none from inside the zone', () => {
    const zone = { type: 'Polygon' as const, coordinates: [[[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]]] };
    const line = measureFeatures([[0.03, 0.005]], false, zone).features.find((f) => f.properties?.part === 'from-zone');
    expect(line?.geometry).toEqual({ type: 'LineString', coordinates: [[expect.closeTo(0.01, 6), expect.closeTo(0.005, 4)], [0.03, 0.005]] });
    expect(measureFeatures([[0.005, 0.005]], false, zone).features.some((f) => f.properties?.part === 'from-zone')).toBe(false);
  });
});
