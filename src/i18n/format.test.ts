import { describe, expect, it } from 'vitest';
import { localDate } from '../export/content';
import { formatExactKm, formatMeasuredKm, formatNumber } from './format';

describe('formatting', () => {
  it.each([
    [4.123, '4.1 公里', '4.1 km'],
    [0.347, '0.35 公里', '0.35 km'],
    [47.6, '48 公里', '48 km'],
    [312.4, '312 公里', '312 km'],
    [1234.5, '1,235 公里', '1,235 km'],
    [0, '0 公里', '0 km'],
  ])('%d km → %s / %s', (km, zh, en) => {
    expect(formatExactKm(km, 'zh')).toBe(zh);
    expect(formatExactKm(km, 'en')).toBe(en);
  });
  it('takes explicit decimals', () => {
    expect(formatNumber(78.66, 'en', 2)).toBe('78.66');
  });
});

describe('measured lengths and dates', () => {
  it('gives a drawn length three significant figures (a 12.3 km perimeter is not “12 公里”)', () => {
    expect(formatMeasuredKm(12.345, 'zh')).toBe('12.3 公里');
    expect(formatMeasuredKm(0.4823, 'en')).toBe('0.482 km');
    expect(formatMeasuredKm(123.4, 'en')).toBe('123 km');
  });
  it('prints export dates unambiguously', () => {
    const date = new Date(2026, 11, 1);
    expect(localDate(date, 'zh')).toBe('2026年12月1日');
    expect(localDate(date, 'en')).toBe('2026-12-01');
  });
});
