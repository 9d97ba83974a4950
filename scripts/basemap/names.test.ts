import { describe, expect, it } from 'vitest';
import { englishDistrictName } from './names';

describe('englishDistrictName', () => {
  it.each([
    ['福田区', 'Futian District'],
    ['博罗县', 'Boluo County'],
    ['湘桥区', 'Xiangqiao District'],
    ['和平县', 'Heping County'],
    ['陆丰市', 'Lufeng'],
    ['连南瑶族自治县', 'Liannanyaozu Autonomous County'],
    ['城区', 'Chengqu District'],
  ])('%s → %s', (zh, en) => {
    expect(englishDistrictName(zh)).toBe(en);
  });
});
