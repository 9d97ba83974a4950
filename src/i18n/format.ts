/** Number and unit formatting that follows the language and suits the scale. */
import { decimalsForStep, ESTIMATE_KM, type RoundedDistance, roundDistance } from '../geo/precision';
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

/** A length the planner drew (exact points): three significant figures, "12.3 公里", "0.482 km". */
export function formatMeasuredKm(km: number, lang: Lang): string {
  return `${formatNumber(km, lang, significantDecimals(km))} ${UNIT.km[lang]}`;
}

export function formatMeasuredKm2(km2: number, lang: Lang): string {
  return `${formatNumber(km2, lang, significantDecimals(km2))} ${UNIT.km2[lang]}`;
}

function significantDecimals(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 0;
  return Math.max(0, Math.min(3, 2 - Math.floor(Math.log10(v))));
}

/** "6.7 平方公里" / "6.7 km²". */
export function formatKm2(km2: number, lang: Lang): string {
  return `${formatNumber(km2, lang)} ${UNIT.km2[lang]}`;
}

/**
 * A distance rounded to what its positions support (src/geo/precision.ts): "4.4 公里", or with its
 * ± once the positions are estimates ("约 105 公里（±5）"), or the reason it is not given.
 */
export function formatDistance(d: RoundedDistance | null, plusMinusKm: number, lang: Lang, compact = false): string {
  if (d === null) {
    if (plusMinusKm >= ESTIMATE_KM) return lang === 'zh' ? '位置未公布，不计算距离' : 'position not published: no distance';
    const within = formatNumber(plusMinusKm, lang, 1);
    return lang === 'zh' ? `不足 ${within} 公里（在图形精度内）` : `under ${within} km (within the outlines’ accuracy)`;
  }
  // Never finer than the positions allow, nor than a distance of its size is usually given.
  const value = formatNumber(d.km, lang, Math.min(decimalsForStep(d.stepKm), decimalsFor(d.km)));
  if (d.plusMinusKm < ESTIMATE_KM) return `${value} ${UNIT.km[lang]}`;
  const pm = formatNumber(d.plusMinusKm, lang, d.plusMinusKm < 10 ? 1 : 0);
  // On the map, where the label sits on a line beside a place name: short, the ± rounded up.
  if (compact) return lang === 'zh' ? `约${value}±${Math.ceil(d.plusMinusKm)}公里` : `${value} ± ${Math.ceil(d.plusMinusKm)} km`;
  return lang === 'zh' ? `约 ${value} 公里（±${pm}）` : `about ${value} km (±${pm})`;
}

/** A distance between places whose positions' accuracies add up to `uncertaintyM`, formatted as they allow. */
export function formatUncertainDistance(km: number, uncertaintyM: number, lang: Lang, compact = false): string {
  return formatDistance(roundDistance(km, uncertaintyM, 0), uncertaintyM / 1000, lang, compact);
}

/** An area rounded to its outline's accuracy, with its ± (src/geo/precision.ts). */
export function formatArea(a: { km2: number; stepKm2: number; plusMinusKm2: number }, lang: Lang): string {
  const value = formatNumber(a.km2, lang, decimalsForStep(a.stepKm2));
  const pm = formatNumber(a.plusMinusKm2, lang, a.plusMinusKm2 < 10 ? 1 : 0);
  return lang === 'zh' ? `约 ${value} 平方公里（±${pm}）` : `about ${value} km² (±${pm})`;
}
