/** Number and unit formatting that follows the language and suits the scale. */
import { type AreaFigure, type DistanceFigure, decimalsFor, distanceFigure } from '../geo/figures';
import { ESTIMATE_KM } from '../geo/precision';
import type { Lang } from './messages';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang, decimals = decimalsFor(value)): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

const UNIT = {
  km: { zh: '公里', en: 'km' },
  km2: { zh: '平方公里', en: 'km²' },
} as const;

/** A length that is a chosen number, not a measurement (a ring's radius): "50 公里" / "4.1 km". */
export function formatExactKm(km: number, lang: Lang): string {
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

/**
 * A distance as its figure says (src/geo/figures.ts): "4.4 公里", with its ± once the positions
 * are estimates ("约 105 公里（±5）"), or the reason it is not given. `compact` is the map's
 * label, on a line beside a place name: the same value and ±, shorter.
 */
export function formatDistance(f: DistanceFigure, lang: Lang, compact = false): string {
  if (f.km === null) {
    if (f.uncertaintyKm >= ESTIMATE_KM) return lang === 'zh' ? '位置未公布，不计算距离' : 'position not published: no distance';
    const within = formatNumber(f.uncertaintyKm, lang, 1);
    return lang === 'zh' ? `不足 ${within} 公里（在图形精度内）` : `under ${within} km (within the outlines’ accuracy)`;
  }
  const value = formatNumber(f.km, lang, f.decimals);
  if (f.plusMinusKm === null) return `${value} ${UNIT.km[lang]}`;
  const pm = formatNumber(f.plusMinusKm, lang, f.decimals);
  if (compact) return lang === 'zh' ? `约${value}±${pm}公里` : `${value} ± ${pm} km`;
  return lang === 'zh' ? `约 ${value} 公里（±${pm}）` : `about ${value} km (±${pm})`;
}

/** A distance between places whose positions' accuracies add up to `uncertaintyM`, formatted as they allow. */
export function formatUncertainDistance(km: number, uncertaintyM: number, lang: Lang, compact = false): string {
  return formatDistance(distanceFigure(km, uncertaintyM), lang, compact);
}

/** An area as its figure says, with its ± (src/geo/figures.ts). */
export function formatArea(a: AreaFigure, lang: Lang): string {
  const value = formatNumber(a.km2, lang, a.decimals);
  const pm = formatNumber(a.plusMinusKm2, lang, a.decimals);
  return lang === 'zh' ? `约 ${value} 平方公里（±${pm}）` : `about ${value} km² (±${pm})`;
}

/** An area as a document publishes it, to its own digits: "78.66 平方公里". */
export function formatPublishedKm2(km2: number, lang: Lang): string {
  const decimals = (String(km2).split('.')[1] ?? '').length;
  return `${formatNumber(km2, lang, decimals)} ${UNIT.km2[lang]}`;
}

/** A share in per cent, whole: "4 %". */
export function formatPercent(percent: number, lang: Lang): string {
  return `${formatNumber(percent, lang, 0)} %`;
}
