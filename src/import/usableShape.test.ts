import { area } from '@turf/turf';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { usableShape } from './usableShape';

const polygon = (ring: number[][]): Geometry => ({ type: 'Polygon', coordinates: [ring] });

describe('usableShape', () => {
  it('splits a bowtie at its crossing into two triangles of the same total area', () => {
    // Crosses itself at (114.05, 22.55): two triangles, each a quarter of the 0.1° square.
    const bowtie = polygon([[114.0, 22.5], [114.1, 22.6], [114.1, 22.5], [114.0, 22.6], [114.0, 22.5]]);
    const result = usableShape(bowtie);
    if (!('geometry' in result)) throw new Error('refused');
    expect(result.split).toBe(true);
    expect(result.geometry.type).toBe('MultiPolygon');
    if (result.geometry.type !== 'MultiPolygon') return;
    expect(result.geometry.coordinates).toHaveLength(2);
    const square = area(polygon([[114.0, 22.5], [114.1, 22.5], [114.1, 22.6], [114.0, 22.6], [114.0, 22.5]]) as never);
    expect(area(result.geometry) / square).toBeCloseTo(0.5, 2);
  });
  it('leaves a simple polygon as it is', () => {
    const square = polygon([[114.0, 22.5], [114.1, 22.5], [114.1, 22.6], [114.0, 22.6], [114.0, 22.5]]);
    expect(usableShape(square)).toEqual({ geometry: square, split: false });
  });
  it.each([
    ['a polygon on one line', polygon([[114.0, 22.5], [114.1, 22.5], [114.2, 22.5], [114.0, 22.5]]), 'area'],
    ['a polygon on one point', polygon([[114.0, 22.5], [114.0, 22.5], [114.0, 22.5], [114.0, 22.5]]), 'area'],
    ['a line on one point', { type: 'LineString', coordinates: [[114.0, 22.5], [114.0, 22.5]] } as Geometry, 'length'],
  ])('refuses %s (no %s)', (_, geometry, what) => {
    expect(usableShape(geometry)).toEqual({ degenerate: what });
  });
  it('keeps points and real lines', () => {
    const point: Geometry = { type: 'Point', coordinates: [114, 22.5] };
    const line: Geometry = { type: 'LineString', coordinates: [[114, 22.5], [114.01, 22.5]] };
    expect(usableShape(point)).toEqual({ geometry: point, split: false });
    expect(usableShape(line)).toEqual({ geometry: line, split: false });
  });
});
