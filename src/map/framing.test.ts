import { describe, expect, it } from 'vitest';
import { isBottomSheet, paddingFor, unionBounds, wholeInFree, zoomRangeFor } from './framing';

describe('paddingFor', () => {
  it('keeps the subject clear of a panel on the right and the legend in the bottom-left corner', () => {
    // 1280×740 map: the policy panel along the right edge, the legend in the bottom-left corner.
    const pad = paddingFor(1280, 740, [
      { left: 820, top: 10, right: 1226, bottom: 700 },
      { left: 10, top: 420, right: 290, bottom: 700 },
    ]);
    expect(pad.right).toBe(1280 - 820 + 20);
    // The legend costs less of the map as a left band (280 px × 740) than a bottom band (320 px × 1280).
    expect(pad.left).toBe(290 + 20);
    expect(pad.bottom).toBe(20);
  });
  it('pushes up from a phone’s bottom sheet', () => {
    const pad = paddingFor(375, 600, [{ left: 0, top: 330, right: 375, bottom: 600 }]);
    expect(pad.bottom).toBe(270 + 20);
    expect(pad.left).toBe(20);
  });
  it('always leaves room to fit into, however much is covered', () => {
    const pad = paddingFor(320, 240, [
      { left: 0, top: 60, right: 320, bottom: 240 },
      { left: 0, top: 0, right: 320, bottom: 50 },
    ]);
    expect(240 - pad.top - pad.bottom).toBeGreaterThanOrEqual(240 * 0.35 - 1);
  });
  it('ignores what lies outside the map', () => {
    expect(paddingFor(800, 600, [{ left: 900, top: 0, right: 1000, bottom: 100 }])).toEqual({ top: 20, bottom: 20, left: 20, right: 20 });
  });
});

describe('subjects', () => {
  it('unites bounds and takes the tightest zoom range', () => {
    expect(unionBounds([[1, 2, 3, 4], [0, 3, 2, 5]])).toEqual([0, 2, 3, 5]);
    expect(unionBounds([])).toBeNull();
    expect(zoomRangeFor(['cluster', 'partner'])).toEqual({ min: 5, max: 10 });
  });
});

describe('a tap on a phone', () => {
  // A 390×690 phone map with a sheet over its lower 55 %.
  const sheet = { left: 0, top: 310, right: 390, bottom: 690 };
  const padding = paddingFor(390, 690, [sheet]);

  it('knows the sheet from a side panel', () => {
    expect(isBottomSheet(sheet, 390, 690)).toBe(true);
    expect(isBottomSheet({ left: 860, top: 10, right: 1260, bottom: 700 }, 1280, 740)).toBe(false);
    expect(isBottomSheet({ left: 0, top: 10, right: 390, bottom: 300 }, 390, 690)).toBe(false);
  });

  it('leaves a zone whole above the sheet where it is, and frames one the sheet cuts', () => {
    expect(padding.bottom).toBeGreaterThanOrEqual(690 - 310);
    expect(wholeInFree({ left: 100, top: 60, right: 300, bottom: 250 }, 390, 690, padding)).toBe(true);
    expect(wholeInFree({ left: 100, top: 200, right: 300, bottom: 400 }, 390, 690, padding)).toBe(false);
    expect(wholeInFree({ left: -5, top: 60, right: 300, bottom: 250 }, 390, 690, padding)).toBe(false);
  });
});
