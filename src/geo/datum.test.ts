import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84 } from './datum';

describe('gcj02ToWgs84', () => {
  it.each([
    [114.0579, 22.5431],
    [114.11, 22.53],
    [115.03, 22.805],
    [113.26, 23.13],
  ])('agrees with gcoord within 2 m at %f, %f', (lng, lat) => {
    const [x, y] = gcj02ToWgs84([lng, lat]);
    const [gx, gy] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
    expect(Math.abs(x - gx) * 102_000).toBeLessThan(2);
    expect(Math.abs(y - gy) * 111_000).toBeLessThan(2);
  });
  it('moves Shenzhen positions by the known ~500 m west and ~300 m north', () => {
    const [x, y] = gcj02ToWgs84([114.0579, 22.5431]);
    expect((114.0579 - x) * 102_900).toBeGreaterThan(400);
    expect((y - 22.5431) * 110_600).toBeGreaterThan(200);
  });
});
