/** The legend's rows for markup: one per style used, named by the planner or by its look. Pure. */
import type { Lang } from '../i18n';
import type { Swatch } from '../layers/swatch';
import { MARKUP_PALETTE, type Markup, type MarkupShape, shapeClass, styleKey } from './types';

export interface MarkupLegendRow {
  key: string;
  label: string;
  /** The name the look gives (shown as the placeholder when the planner edits the name). */
  defaultLabel: string;
  swatch: Swatch;
}

const CLASS_WORDS = {
  zh: { point: '标注点', line: '线', arrow: '箭头', area: '面' },
  en: { point: 'note', line: 'line', arrow: 'arrow', area: 'area' },
} as const;

export function defaultStyleName(shape: Pick<MarkupShape, 'kind' | 'style'>, lang: Lang): string {
  const c = shapeClass(shape.kind);
  const colour = (MARKUP_PALETTE[shape.style.color] ?? MARKUP_PALETTE[0]).name[lang];
  const word = CLASS_WORDS[lang][c];
  const dashed = c !== 'point' && shape.style.dashed;
  const hatch = c === 'area' && shape.style.hatch;
  if (lang === 'zh') return `标绘：${colour}${dashed ? '虚' : ''}${word}${hatch ? '（斜线，拟建）' : ''}`;
  return `Markup: ${colour}${dashed ? ' dashed' : ''} ${word}${hatch ? ' (hatched, proposed)' : ''}`;
}

export function markupSwatch(shape: Pick<MarkupShape, 'kind' | 'style'>): Swatch {
  const hex = (MARKUP_PALETTE[shape.style.color] ?? MARKUP_PALETTE[0]).hex;
  const c = shapeClass(shape.kind);
  if (c === 'point') return { circle: hex, circleStroke: '#ffffff' };
  const line: Swatch = { line: hex, ...(shape.style.dashed ? { lineDashed: true } : {}), ...(shape.style.width > 2 ? { lineWidth: shape.style.width } : {}) };
  if (c !== 'area') return line;
  return { ...line, fill: hex, fillOpacity: shape.style.fill / 100, ...(shape.style.hatch ? { hatch: hex } : {}) };
}

/** One row per style the markup uses, in the order first drawn. */
export function markupLegendRows(markup: Markup, lang: Lang): MarkupLegendRow[] {
  const rows = new Map<string, MarkupLegendRow>();
  for (const shape of markup.shapes) {
    const key = styleKey(shape);
    if (rows.has(key)) continue;
    const defaultLabel = defaultStyleName(shape, lang);
    const named = markup.names[key]?.trim();
    rows.set(key, { key, label: named || defaultLabel, defaultLabel, swatch: markupSwatch(shape) });
  }
  return [...rows.values()];
}
