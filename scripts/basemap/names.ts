import { pinyin } from 'pinyin-pro';

/** Readings pinyin-pro gets wrong or that have an established English form. */
const EN_OVERRIDES: Record<string, string> = {
  城区: 'Chengqu District',
  东莞市: 'Dongguan',
  中山市: 'Zhongshan',
};

const SUFFIXES: ReadonlyArray<[string, string]> = [
  ['自治县', ' Autonomous County'],
  ['新区', ' New Area'],
  ['区', ' District'],
  ['县', ' County'],
  ['市', ''],
];

function romanise(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' });
  const joined = syllables.join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** English name for a Chinese district/county name: "博罗县" → "Boluo County". */
export function englishDistrictName(zh: string): string {
  const override = EN_OVERRIDES[zh];
  if (override) return override;
  for (const [suffix, en] of SUFFIXES) {
    if (zh.endsWith(suffix) && zh.length > suffix.length) {
      return romanise(zh.slice(0, -suffix.length)) + en;
    }
  }
  return romanise(zh);
}
