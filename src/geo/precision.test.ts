import { describe, expect, it } from 'vitest';
import { formatUncertainDistance } from '../i18n/format';
import { roundArea, roundDistance, stepFor } from './precision';

describe('roundDistance', () => {
  it('keeps a tenth of a kilometre between outlines known to ±100–200 m', () => {
    expect(roundDistance(4.437, 200, 200)).toEqual({ km: expect.closeTo(4.4, 9), stepKm: 0.2, plusMinusKm: 0.4 });
    expect(stepFor(0.3)).toBe(0.2);
    expect(stepFor(0.15)).toBe(0.1);
  });
  it('rounds a distance to an estimated position to the estimate’s accuracy', () => {
    // 小漠 is placed to ±5 km, Futian's label point to ±100 m.
    expect(roundDistance(105.4, 5000, 100)).toEqual({ km: 105, stepKm: 5, plusMinusKm: 5.1 });
    // A co-built park at its county's label point, ±30 km.
    expect(roundDistance(92.5, 30_000, 100)).toEqual({ km: 100, stepKm: 20, plusMinusKm: 30.1 });
  });
  it('gives no distance when the uncertainty is as large as the distance', () => {
    expect(roundDistance(20, 30_000, 100)).toBeNull();
    expect(roundDistance(0.3, 200, 200)).toBeNull();
    // Touching or overlapping outlines are 0 apart, whatever their accuracy.
    expect(roundDistance(0, 200, 200)?.km).toBe(0);
  });
});

describe('formatUncertainDistance', () => {
  it('says the ± only for estimated positions, and why a distance is missing', () => {
    expect(formatUncertainDistance(4.437, 200 + 200, 'zh')).toBe('4.4 公里');
    expect(formatUncertainDistance(105.4, 5000 + 100, 'zh')).toBe('约 105 公里（±5）');
    expect(formatUncertainDistance(105.4, 5000 + 100, 'en')).toBe('about 105 km (±5)');
    expect(formatUncertainDistance(105.4, 5000 + 100, 'zh', true)).toBe('约105±5公里');
    expect(formatUncertainDistance(20, 30_000 + 100, 'zh')).toBe('位置未公布，不计算距离');
    expect(formatUncertainDistance(0.3, 200 + 200, 'en')).toBe('under 0.4 km (within the outlines’ accuracy)');
  });
  it('never shows two decimals', () => {
    for (const km of [0.52, 3.456, 47.3, 233.1]) for (const acc of [100, 200, 300, 6000, 30_000]) expect(formatUncertainDistance(km, acc + 100, 'en')).not.toMatch(/\.\d\d/);
  });
});

describe('roundArea', () => {
  it('rounds to the band of the outline’s accuracy along half its length', () => {
    // 中央活力区: about 9 km of outline drawn to ±200 m.
    expect(roundArea(4.114, 9, 200)).toEqual({ km2: 4, stepKm2: 0.5, plusMinusKm2: expect.closeTo(0.9, 9) });
    expect(roundArea(79.43, 50, 100)).toEqual({ km2: 80, stepKm2: 2, plusMinusKm2: 2.5 });
    expect(roundArea(0.93, 1, 100).stepKm2).toBe(0.1);
  });
});
