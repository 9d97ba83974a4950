import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, wgs84ToGcj02 } from './datum';

describe('GCJ-02 to and from WGS84', () => {
  it('moves Shenzhen positions by the known ~500 m west and ~300 m north', () => {
    const [x, y] = gcj02ToWgs84([114.0579, 22.5431]);
    expect((114.0579 - x) * 102_900).toBeGreaterThan(400);
    expect((114.0579 - x) * 102_900).toBeLessThan(600);
    expect((y - 22.5431) * 110_600).toBeGreaterThan(200);
    expect((y - 22.5431) * 110_600).toBeLessThan(400);
  });
  it.each([
    [114.0579, 22.5431],
    [115.03, 22.805],
    [113.26, 23.13],
  ])('round-trips within 0.5 m at %f, %f', (lng, lat) => {
    const [x, y] = wgs84ToGcj02(gcj02ToWgs84([lng, lat]));
    expect(Math.abs(x - lng) * 102_000).toBeLessThan(0.5);
    expect(Math.abs(y - lat) * 111_000).toBeLessThan(0.5);
  });
});
