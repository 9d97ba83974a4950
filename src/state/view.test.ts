import fs from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, DISTRICT_BOUNDS } from './view';

describe('DISTRICT_BOUNDS', () => {
  it("is the extent of Futian's boundary in data/planning/district.geojson, to 0.0001°", () => {
    const district = JSON.parse(fs.readFileSync('data/planning/district.geojson', 'utf8')) as FeatureCollection;
    const feature = district.features.find((f) => f.properties?.id === 'futian');
    if (!feature) throw new Error('no futian feature');
    const points: Position[] = [];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') points.push(c as Position);
      else if (Array.isArray(c)) for (const inner of c) walk(inner);
    };
    walk('coordinates' in feature.geometry ? feature.geometry.coordinates : []);
    const lngs = points.map((p) => p[0] as number);
    const lats = points.map((p) => p[1] as number);
    const extent = [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
    for (const [i, v] of extent.entries()) expect(Math.abs(v - (DISTRICT_BOUNDS[i] as number))).toBeLessThan(0.0001);
  });

  it('holds the default centre', () => {
    const [w, s, e, n] = DISTRICT_BOUNDS;
    expect(DEFAULT_VIEW.center[0]).toBeGreaterThan(w);
    expect(DEFAULT_VIEW.center[0]).toBeLessThan(e);
    expect(DEFAULT_VIEW.center[1]).toBeGreaterThan(s);
    expect(DEFAULT_VIEW.center[1]).toBeLessThan(n);
  });
});
