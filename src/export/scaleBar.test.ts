import { describe, expect, it } from 'vitest';
import { metresPerCssPixel, niceScaleBar, worldPx } from './scaleBar';

describe('scale bar', () => {
  it('knows Web Mercator’s ground resolution (512-px tiles)', () => {
    // The equator at zoom 0: Earth's circumference over 512 px.
    expect(metresPerCssPixel(0, 0)).toBeCloseTo(40075016.686 / 512, 2);
    // 60° halves it; each zoom level halves it again.
    expect(metresPerCssPixel(60, 3)).toBeCloseTo(40075016.686 / 512 / 2 / 8, 2);
    // Futian at zoom 12: about 17.6 m per CSS pixel.
    expect(metresPerCssPixel(22.5435, 12)).toBeCloseTo(17.65, 1);
  });

  it('picks the longest 1-2-5 length that fits', () => {
    expect(niceScaleBar(10, 150)).toMatchObject({
      metres: 1000,
      pixels: 100,
      label: '1 km',
    });
    expect(niceScaleBar(10, 250)).toMatchObject({
      metres: 2000,
      pixels: 200,
      label: '2 km',
    });
    expect(niceScaleBar(1, 120)).toMatchObject({ metres: 100, label: '100 m' });
    expect(niceScaleBar(3.3, 160).metres).toBe(500);
    const bar = niceScaleBar(17.65 / 3.125, 300);
    expect(bar.pixels).toBeLessThanOrEqual(300);
    expect(bar.pixels).toBeGreaterThan(120);
  });
});

describe('worldPx', () => {
  it('places positions in Web Mercator pixels of 512-pixel tiles', () => {
    expect(worldPx([0, 0], 0)).toEqual([256, 256]);
    expect(worldPx([180, 0], 1)).toEqual([1024, 512]);
    const [, north] = worldPx([0, 85.0511287798], 0);
    expect(north).toBeCloseTo(0, 6);
  });
});
