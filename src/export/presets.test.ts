import { describe, expect, it } from 'vitest';
import { bandHeights, planExport } from './plan';
import { containerCssSize, EXPORT_PRESETS, fittedZoom, fixedPageSize, mmToPixels, pointsPerPixel, presetById } from './presets';

const fixed = (id: string) => {
  const p = presetById(id);
  if (!p || p.kind === 'view') throw new Error(id);
  return p;
};
const screen = { width: 1280, height: 740, zoom: 12 };
const bands = { title: '福田区产业空间布局', notes: '' };

describe('export sizes', () => {
  it('turns ISO paper into whole dots: A4 and A3 at 150 and 300 dpi', () => {
    expect(fixedPageSize(fixed('a4-portrait'), 300)).toMatchObject({
      width: 2480,
      height: 3508,
    });
    expect(fixedPageSize(fixed('a4-landscape'), 150)).toMatchObject({
      width: 1754,
      height: 1240,
    });
    expect(fixedPageSize(fixed('a3-landscape'), 300)).toMatchObject({
      width: 4961,
      height: 3508,
      pixelRatio: 300 / 96,
    });
    expect(fixedPageSize(fixed('a3-portrait'), 150)).toMatchObject({
      width: 1754,
      height: 2480,
      paperMm: [297, 420],
    });
    expect(mmToPixels(25.4, 300)).toBe(300);
  });

  it('keeps slides at their nominal pixels; 4K is 1080p at twice the density', () => {
    expect(fixedPageSize(fixed('slide-1080'), 300)).toMatchObject({
      width: 1920,
      height: 1080,
      pixelRatio: 1,
      paperMm: null,
    });
    expect(fixedPageSize(fixed('slide-2160'), 150)).toMatchObject({
      width: 3840,
      height: 2160,
      pixelRatio: 2,
    });
  });

  it('gives PDF points per pixel: an A4 page at any dpi is 595.3 × 841.9 pt', () => {
    const a4 = fixedPageSize(fixed('a4-portrait'), 300);
    expect(a4.width * pointsPerPixel(a4)).toBeCloseTo(595.2, 1);
    expect(a4.height * pointsPerPixel(a4)).toBeCloseTo(841.9, 0);
    const low = fixedPageSize(fixed('a4-portrait'), 150);
    expect(low.width * pointsPerPixel(low)).toBeCloseTo(595.2, 1);
  });

  it('sizes the offscreen container so maplibre’s floored canvas covers the map exactly', () => {
    for (const [px, ratio] of [
      [4961, 300 / 96],
      [3508, 300 / 96],
      [2480, 150 / 96],
      [1920, 1],
      [3839, 2],
      [1001, 3],
    ] as const) {
      const css = containerCssSize(px, ratio);
      expect(Math.floor(css * ratio)).toBeGreaterThanOrEqual(px);
      expect(Math.floor((css - 1) * ratio)).toBeLessThan(px);
    }
  });

  it('fits the screen’s frame in the export’s: half the size is one zoom level out', () => {
    expect(fittedZoom(12, { width: 1000, height: 500 }, { width: 500, height: 250 })).toBeCloseTo(11);
    expect(fittedZoom(12, { width: 1000, height: 500 }, { width: 2000, height: 2000 })).toBeCloseTo(13);
    // The tighter side decides: a tall page fits the screen's width.
    expect(fittedZoom(12, { width: 1000, height: 500 }, { width: 1000, height: 4000 })).toBeCloseTo(12);
  });
});

describe('planExport', () => {
  it('makes every fixed preset exactly its promised size, the map filling the space between the bands', () => {
    for (const preset of EXPORT_PRESETS.filter((p) => p.kind !== 'view')) {
      for (const dpi of [150, 300] as const) {
        const plan = planExport(preset, dpi, screen, bands, 45);
        const page = fixedPageSize(preset as Exclude<typeof preset, { kind: 'view' }>, dpi);
        expect([plan.page.width, plan.page.height]).toEqual([page.width, page.height]);
        expect(plan.header + plan.mapRect.h + plan.footer).toBe(page.height);
        expect(plan.mapRect.w).toBe(page.width);
        expect(Math.floor(plan.mapCss.width * page.pixelRatio)).toBeGreaterThanOrEqual(plan.mapRect.w);
      }
    }
  });

  it('keeps the current view pixel for pixel at 1x/2x/3x and adds the bands around it', () => {
    for (const scale of [1, 2, 3] as const) {
      const plan = planExport({ id: `view-${scale}x`, kind: 'view', scale }, 300, screen, bands, 45);
      expect(plan.mapRect).toEqual({
        x: 0,
        y: plan.header,
        w: 1280 * scale,
        h: 740 * scale,
      });
      expect(plan.page.width).toBe(1280 * scale);
      expect(plan.page.height).toBe(plan.header + 740 * scale + plan.footer);
      expect(plan.mapCss).toEqual({ width: 1280, height: 740 });
      expect(plan.zoom).toBe(12);
    }
  });

  it('leaves the header out without title or notes; the footer always holds the QR code', () => {
    const none = bandHeights(1, { title: ' ', notes: '' }, 45);
    expect(none.header).toBe(0);
    // 45 modules + 8 quiet at 2 px each.
    expect(none.footer).toBeGreaterThanOrEqual((45 + 8) * 2);
    expect(bandHeights(1, { title: 'T', notes: 'a\nb\nc' }, 45).header).toBe(16 + 32 + 2 * 20 + 8);
  });

  it('zooms a paper map so the screen’s whole frame is in it', () => {
    const plan = planExport(fixed('a4-portrait'), 300, screen, bands, 45);
    const cssW = plan.mapRect.w / plan.page.pixelRatio;
    // The page is narrower (in CSS px) than the screen: zoom out by exactly the width ratio.
    expect(plan.zoom).toBeCloseTo(12 + Math.log2(cssW / 1280), 6);
  });
});

describe('suggestSmaller', () => {
  it('offers the largest export that fits under a GPU limit the chosen one exceeds', async () => {
    const { fits, suggestSmaller } = await import('./plan');
    const planFor = (p: (typeof EXPORT_PRESETS)[number], dpi: 150 | 300) => planExport(p, dpi, screen, bands, 45);
    const a3 = planFor(fixed('a3-landscape'), 300);
    expect(fits(a3, 8192)).toBe(true);
    // maplibre's default cap: 4961 px is too wide.
    expect(fits(a3, 4096)).toBe(false);
    const suggestion = suggestSmaller(EXPORT_PRESETS, a3, 4096, planFor);
    expect(suggestion && fits(suggestion.plan, 4096)).toBe(true);
    // A3 portrait at 300 dpi is 3508 wide but 4961 tall; the best fit is the 4K slide or A4 at 300 dpi.
    expect(suggestion?.plan.page.width).toBeLessThanOrEqual(4096);
    expect(['slide-2160', 'a4-landscape', 'a4-portrait', 'view-3x']).toContain(suggestion?.preset.id);
    expect(suggestSmaller(EXPORT_PRESETS, a3, 100, planFor)).toBeNull();
  });
});
