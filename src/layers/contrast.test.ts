import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn, relativeLuminance } from './contrast';

describe('label contrast', () => {
  it('computes WCAG 2 luminance and contrast (known values)', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    // The W3C's example pair: #777777 on white is 4.48:1, just under AA.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0072B2', '#ffffff')).toBeCloseTo(5.14, 1);
  });

  it('keeps a colour that already reads, and darkens one that does not just enough', () => {
    expect(inkOn('#0072B2', '#ffffff')).toBe('#0072B2');
    const orange = inkOn('#E69F00', '#ffffff');
    expect(contrastRatio('#E69F00', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio(orange, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // Darker only as far as needed: one step lighter would not pass.
    const [r, g, b] = [orange.slice(1, 3), orange.slice(3, 5), orange.slice(5, 7)].map((h) => Number.parseInt(h, 16));
    const lighter = `#${[r, g, b].map((c) => Math.min(255, Math.round((c ?? 0) / 0.98 + 4)).toString(16).padStart(2, '0')).join('')}`;
    expect(contrastRatio(lighter, '#ffffff')).toBeLessThan(4.6);
    // Same hue: red stays the largest channel of the orange.
    expect(r).toBeGreaterThan(g ?? 0);
    expect(() => inkOn('orange', '#ffffff')).toThrow(/rrggbb/);
  });
});
