/**
 * Colouring an imported layer by one of its attributes: categories (each of the most frequent
 * values its own colour, the rest "other") or graduated (a number in five quantile classes).
 * The classes are data: the map's paint expression, the legend and the exports read the same
 * list. Pure.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';

export interface AttributeStyle {
  property: string;
  kind: 'categories' | 'graduated';
}

export interface StyleClass {
  label: string;
  color: string;
  /** categories: the value; graduated: the class's lower bound (inclusive). */
  value: string | number | null;
}

/** Distinct, dark enough for a white label halo, none of them the plan's colours. */
export const CATEGORY_COLORS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#1f78b4', '#b15928', '#6a3d9a', '#b2182b'];
const OTHER_COLOR = '#8c8c8c';
/** Light to dark (ColorBrewer OrRd, 5 classes). */
export const GRADUATED_COLORS = ['#fdd49e', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'];

/** Attribute names of a layer (its first features'), for the picker. */
export function attributeNames(collection: FeatureCollection): string[] {
  const names = new Set<string>();
  for (const f of collection.features.slice(0, 200)) for (const key of Object.keys(f.properties ?? {})) names.add(key);
  return [...names].slice(0, 100);
}

/** Whether an attribute holds numbers (enough of them to grade). */
export function isNumeric(collection: FeatureCollection, property: string): boolean {
  const values = collection.features.map((f) => f.properties?.[property]).filter((v) => v !== null && v !== undefined && v !== '');
  return values.length > 0 && values.every((v) => typeof v === 'number' && Number.isFinite(v));
}

export function attributeClasses(collection: FeatureCollection, style: AttributeStyle, otherLabel: string): StyleClass[] {
  const values = collection.features.map((f) => f.properties?.[style.property]);
  if (style.kind === 'graduated') {
    const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
    if (numbers.length === 0) return [];
    const bounds = [...new Set(GRADUATED_COLORS.map((_, i) => numbers[Math.floor((i * numbers.length) / GRADUATED_COLORS.length)] ?? 0))];
    const top = numbers[numbers.length - 1] ?? 0;
    return bounds.map((lower, i) => ({ value: lower, color: GRADUATED_COLORS[i] ?? OTHER_COLOR, label: `${fmt(lower)} – ${fmt(bounds[i + 1] ?? top)}` }));
  }
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null && v !== undefined && v !== '') counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = ranked.slice(0, CATEGORY_COLORS.length).map(([value], i) => ({ value, label: value, color: CATEGORY_COLORS[i] ?? OTHER_COLOR }));
  return ranked.length > shown.length || values.some((v) => v === null || v === undefined || v === '') ? [...shown, { value: null, label: otherLabel, color: OTHER_COLOR }] : shown;
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? String(Math.round(n)) : String(Number(n.toPrecision(3))));

/** The paint colour for these classes: a `match` on the value or a `step` on the number. */
export function classColor(style: AttributeStyle, classes: readonly StyleClass[]): ExpressionSpecification | string {
  if (classes.length === 0) return OTHER_COLOR;
  if (style.kind === 'graduated') {
    const [first, ...rest] = classes;
    const stops = rest.flatMap((c) => [Number(c.value), c.color]);
    return ['step', ['to-number', ['get', style.property], Number(first?.value ?? 0)], first?.color ?? OTHER_COLOR, ...stops] as ExpressionSpecification;
  }
  const named = classes.filter((c) => c.value !== null);
  if (named.length === 0) return OTHER_COLOR;
  return ['match', ['to-string', ['get', style.property]], ...named.flatMap((c) => [String(c.value), c.color]), OTHER_COLOR] as ExpressionSpecification;
}
