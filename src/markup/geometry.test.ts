import { area, length } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { arrowHead, circleFromRing, circleRing, fromZoneKm, measureShape, shapeGeometry } from './geometry';
import { DEFAULT_MARKUP_STYLE, type MarkupShape } from './types';

const R = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
/** Haversine, written out: an answer that does not come from Turf. */
function haversineKm([a, b]: [number, number], [c, d]: [number, number]): number {
  const h = Math.sin(rad(d - b) / 2) ** 2 + Math.cos(rad(b)) * Math.cos(rad(d)) * Math.sin(rad(c - a) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

const shape = (kind: MarkupShape['kind'], coords: Array<[number, number]>, extra: Partial<MarkupShape> = {}): MarkupShape => ({ id: 'm1', kind, coords, note: '', style: DEFAULT_MARKUP_STYLE, ...extra });

describe('markup measurements', () => {
  it('measures a line as Turf does, and as the haversine formula does', () => {
    const line = shape('line', [
      [114.0, 22.5],
      [114.01, 22.5],
      [114.01, 22.51],
    ]);
    const km = measureShape(line).lengthKm ?? 0;
    expect(km).toBeCloseTo(length({ type: 'Feature', properties: {}, geometry: shapeGeometry(line) }, { units: 'kilometers' }), 9);
    expect(km).toBeCloseTo(haversineKm([114.0, 22.5], [114.01, 22.5]) + haversineKm([114.01, 22.5], [114.01, 22.51]), 6);
    expect(km).toBeCloseTo(2.139, 3);
    expect(measureShape(line).areaKm2).toBeNull();
  });

  it('measures a polygon’s area and perimeter (closing side included)', () => {
    const square = shape('polygon', [
      [114.0, 22.5],
      [114.01, 22.5],
      [114.01, 22.51],
      [114.0, 22.51],
    ]);
    const m = measureShape(square);
    expect(m.areaKm2).toBeCloseTo(area({ type: 'Feature', properties: {}, geometry: shapeGeometry(square) }) / 1e6, 9);
    // 1.112 km north–south × 1.027 km east–west.
    expect(m.areaKm2).toBeCloseTo(1.1423, 3);
    expect(m.perimeterKm).toBeCloseTo(2 * haversineKm([114.0, 22.5], [114.0, 22.51]) + haversineKm([114.0, 22.5], [114.01, 22.5]) + haversineKm([114.0, 22.51], [114.01, 22.51]), 6);
  });

  it('makes a circle’s ring from its radius, and gives its area within the 64-gon’s shortfall of πr²', () => {
    const circle = shape('circle', [[114.05, 22.54]], { radiusM: 500 });
    const m = measureShape(circle);
    expect(m.radiusKm).toBe(0.5);
    expect((m.areaKm2 ?? 0) / (Math.PI * 0.25)).toBeGreaterThan(0.996);
    expect((m.areaKm2 ?? 0) / (Math.PI * 0.25)).toBeLessThan(1.0005);
    const ring = circleRing([114.05, 22.54], 500);
    expect(ring).toHaveLength(65);
    // Read back from its ring (as after an edit), the circle is the same to a decimetre.
    const back = circleFromRing(ring);
    expect(back.centre[0]).toBeCloseTo(114.05, 5);
    expect(back.centre[1]).toBeCloseTo(22.54, 5);
    expect(back.radiusM).toBeCloseTo(500, 0);
  });

  it('points an arrow’s head along its last segment, the given length back from the tip', () => {
    const head = arrowHead(
      [
        [114.0, 22.5],
        [114.01, 22.5],
      ],
      100,
    );
    expect(head).not.toBeNull();
    const [tip, left, right] = head ?? [];
    expect(tip).toEqual([114.01, 22.5]);
    // Both barbs lie west of the tip (behind it), either side of the shaft.
    expect(left?.[0]).toBeLessThan(114.01);
    expect(right?.[0]).toBeLessThan(114.01);
    expect(Math.sign((left?.[1] ?? 0) - 22.5)).toBe(-Math.sign((right?.[1] ?? 0) - 22.5));
    expect(haversineKm([114.01, 22.5], [((left?.[0] ?? 0) + (right?.[0] ?? 0)) / 2, 22.5])).toBeCloseTo(0.1, 3);
    expect(arrowHead([[114, 22.5]], 100)).toBeNull();
  });

  it('measures from a zone’s edge to a point or a line’s end (0 inside the zone)', () => {
    const zone = { type: 'Polygon' as const, coordinates: [[[114, 22.5], [114.01, 22.5], [114.01, 22.51], [114, 22.51], [114, 22.5]]] };
    expect(fromZoneKm(zone, shape('point', [[114.02, 22.505]]))).toBeCloseTo(haversineKm([114.01, 22.505], [114.02, 22.505]), 2);
    expect(fromZoneKm(zone, shape('line', [[114.02, 22.505], [114.005, 22.505]]))).toBe(0);
  });
});
