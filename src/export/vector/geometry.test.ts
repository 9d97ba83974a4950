import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, geometryParts, thin } from './geometry';

const rect = { x: 0, y: 0, w: 10, h: 10 };

/** Shoelace area of a flat ring. */
function area(points: number[]): number {
  let a = 0;
  for (let i = 0; i < points.length; i += 2) {
    const j = (i + 2) % points.length;
    a += (points[i] ?? 0) * (points[j + 1] ?? 0) - (points[j] ?? 0) * (points[i + 1] ?? 0);
  }
  return Math.abs(a) / 2;
}

describe('clipping to the map frame', () => {
  it('cuts a ring to the part inside (a 10×10 square over the corner keeps 5×5)', () => {
    const ring = clipRing([5, 5, 15, 5, 15, 15, 5, 15, 5, 5], rect);
    expect(area(ring)).toBeCloseTo(25, 6);
    for (let i = 0; i < ring.length; i += 2) {
      expect(ring[i]).toBeGreaterThanOrEqual(0);
      expect(ring[i]).toBeLessThanOrEqual(10);
    }
  });

  it('keeps a ring inside whole and drops one outside', () => {
    expect(area(clipRing([1, 1, 9, 1, 9, 9, 1, 9, 1, 1], rect))).toBeCloseTo(64, 6);
    expect(clipRing([20, 20, 30, 20, 30, 30, 20, 20], rect)).toEqual([]);
  });

  it('splits a line that leaves and comes back into two runs, ending on the edges', () => {
    const runs = clipLine([-5, 5, 5, 5, 5, 20, 8, 5, 8, 15], rect);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toEqual([0, 5, 5, 5, 5, 10]);
    expect(runs[1]).toEqual([7, 10, 8, 5, 8, 10]);
  });

  it('drops points closer than the tolerance, keeping both ends', () => {
    expect(thin([0, 0, 0.1, 0, 0.2, 0, 1, 0, 1.05, 0, 2, 0], 0.3)).toEqual([0, 0, 1, 0, 2, 0]);
  });

  it('projects, clips and thins polygons and lines; points give no path', () => {
    const project = ([x, y]: [number, number]): [number, number] => [x * 10, y * 10];
    const polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[0.5, 0.5], [1.5, 0.5], [1.5, 1.5], [0.5, 1.5], [0.5, 0.5]]] };
    const [part] = geometryParts(polygon, project, rect, 0.1);
    expect(part?.closed).toBe(true);
    expect(area(part?.points ?? [])).toBeCloseTo(25, 6);
    expect(geometryParts({ type: 'MultiLineString', coordinates: [[[0.2, 0.2], [0.8, 0.8]], [[2, 2], [3, 3]]] }, project, rect, 0.1)).toHaveLength(1);
    expect(geometryParts({ type: 'Point', coordinates: [0.5, 0.5] }, project, rect, 0.1)).toEqual([]);
  });
});
