import { describe, expect, it } from 'vitest';
import { formatKm, formatKm2, formatNumber } from './format';

describe('formatting', () => {
  it.each([
    [4.123, '4.1 公里', '4.1 km'],
    [0.347, '0.35 公里', '0.35 km'],
    [47.6, '48 公里', '48 km'],
    [312.4, '312 公里', '312 km'],
    [1234.5, '1,235 公里', '1,235 km'],
    [0, '0 公里', '0 km'],
  ])('%d km → %s / %s', (km, zh, en) => {
    expect(formatKm(km, 'zh')).toBe(zh);
    expect(formatKm(km, 'en')).toBe(en);
  });
  it('formats areas with the unit of the language', () => {
    expect(formatKm2(78.66, 'zh')).toBe('79 平方公里');
    expect(formatKm2(6.73, 'en')).toBe('6.7 km²');
  });
  it('takes explicit decimals', () => {
    expect(formatNumber(78.66, 'en', 2)).toBe('78.66');
  });
});
