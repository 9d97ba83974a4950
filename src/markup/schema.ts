/**
 * Markup from outside (a link, this browser's storage, a briefing file, a GeoJSON file) is
 * checked here with valibot before it reaches the store: coordinates finite and on the earth,
 * styles in range, notes bounded, counts bounded. Pure.
 */
import * as v from 'valibot';
import { newKey } from '../encoding/key';
import { type LngLat, MARKUP_KINDS, MARKUP_PALETTE, type Markup, type MarkupShape, MAX_LEGEND_NAME, MAX_NOTE, MAX_SHAPES, MAX_VERTICES, roundLngLat, STYLE_LIMITS } from './types';

const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const lng = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));
const lat = v.pipe(v.number(), v.finite(), v.minValue(-85), v.maxValue(85));

export const StyleSchema = v.object({
  color: int(0, MARKUP_PALETTE.length - 1),
  width: int(...STYLE_LIMITS.width),
  dashed: v.boolean(),
  fill: int(...STYLE_LIMITS.fill),
  hatch: v.boolean(),
  text: int(...STYLE_LIMITS.text),
});

const Coords = v.pipe(v.array(v.tuple([lng, lat])), v.minLength(1), v.maxLength(MAX_VERTICES));

const ShapeSchema = v.pipe(
  v.object({
    id: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,40}$/))),
    kind: v.picklist(MARKUP_KINDS),
    coords: Coords,
    radiusM: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0.1), v.maxValue(2_000_000))),
    headM: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(500_000))),
    note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE)), ''),
    style: StyleSchema,
  }),
  v.check((s) => enoughVertices(s.kind, s.coords.length) && (s.kind !== 'circle' || s.radiusM !== undefined), 'vertices'),
);

/** The fewest vertices a kind needs (a polygon is stored without its closing vertex). */
export function enoughVertices(kind: MarkupShape['kind'], count: number): boolean {
  if (kind === 'point' || kind === 'circle') return count === 1;
  if (kind === 'polygon') return count >= 3;
  if (kind === 'rectangle') return count === 4;
  return count >= 2;
}

const NamesSchema = v.record(v.pipe(v.string(), v.maxLength(40)), v.pipe(v.string(), v.maxLength(MAX_LEGEND_NAME)));

export type ShapeRead = { shape: MarkupShape } | { problem: string };

/** One shape from outside: its coordinates rounded as drawn ones are, a fresh id if it has none. */
export function readShape(value: unknown): ShapeRead {
  const parsed = v.safeParse(ShapeSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { problem: issue?.path?.map((p) => String(p.key)).join('.') || issue?.message || 'shape' };
  }
  const s = parsed.output;
  return {
    shape: {
      id: s.id ?? newKey('m'),
      kind: s.kind,
      coords: s.coords.map((c) => roundLngLat(c)) as LngLat[],
      ...(s.radiusM !== undefined ? { radiusM: s.radiusM } : {}),
      ...(s.headM !== undefined ? { headM: s.headM } : {}),
      note: s.note,
      style: s.style,
    },
  };
}

/** A whole markup (storage, a briefing step, a link): null when it is not one; bad shapes are left out. */
export function readMarkup(value: unknown): Markup | null {
  if (typeof value !== 'object' || value === null) return null;
  const { shapes, names } = value as { shapes?: unknown; names?: unknown };
  if (!Array.isArray(shapes) || shapes.length > MAX_SHAPES) return null;
  const read = shapes.map(readShape).flatMap((r) => ('shape' in r ? [r.shape] : []));
  const parsedNames = v.safeParse(NamesSchema, names ?? {});
  // Ids are unique in a markup (an edit finds its shape by id): a repeated id gets a new one.
  const seen = new Set<string>();
  const unique = read.map((s) => {
    if (!seen.has(s.id)) {
      seen.add(s.id);
      return s;
    }
    const id = newKey('m');
    seen.add(id);
    return { ...s, id };
  });
  return { shapes: unique, names: parsedNames.success && Object.keys(parsedNames.output).length <= 200 ? parsedNames.output : {} };
}
