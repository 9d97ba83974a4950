/** Number and unit formatting that follows the language and suits the scale. */
import type { Lang } from './messages';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** Decimals for a value: finer for small numbers, none for large ones. */
export function decimalsFor(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 0;
  if (v < 1) return 2;
  if (v < 10) return 1;
  return 0;
}

export function formatNumber(value: number, lang: Lang, decimals = decimalsFor(value)): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

const UNIT = {
  km: { zh: '公里', en: 'km' },
  km2: { zh: '平方公里', en: 'km²' },
} as const;

/** "4.1 公里" / "4.1 km". */
export function formatKm(km: number, lang: Lang): string {
  return `${formatNumber(km, lang)} ${UNIT.km[lang]}`;
}

/** "6.7 平方公里" / "6.7 km²". */
export function formatKm2(km2: number, lang: Lang): string {
  return `${formatNumber(km2, lang)} ${UNIT.km2[lang]}`;
}
