/**
 * Markup in a link (`mk=`): a compact JSON (kinds and styles as small integers, coordinates as
 * micro-degree integers, each vertex as the step from the one before), deflated by the browser's
 * own CompressionStream and written in base64url — as `brief=` packs a briefing. Compression is
 * asynchronous and the URL codec is not: a link's markup is unpacked before the codec reads it,
 * and packing keeps the pair, so writing the URL back is a lookup. Ids are not linked (a new
 * page gives new ones). 20 shapes fit in well under 2,000 characters (src/markup/link.test.ts).
 */
import { packJson, unpackJson } from '../encoding/packedJson';
import { readMarkup } from './schema';
import { type LngLat, MARKUP_KINDS, type Markup } from './types';

/** A link's `mk=` is at most this long; longer markup stays in this browser and in files. */
export const MAX_PACKED_MARKUP_CHARS = 12_000;
const MAX_INFLATED_BYTES = 600_000;

type CompactShape = [kind: number, style: number[], coords: number[], note?: string, radiusM?: number, headM?: number];

export function compactMarkup(markup: Markup): { s: CompactShape[]; n?: Record<string, string> } {
  const s = markup.shapes.map((shape): CompactShape => {
    const { color, width, dashed, fill, hatch, text } = shape.style;
    const flat: number[] = [];
    let [px, py] = [0, 0];
    for (const [lng, lat] of shape.coords) {
      const [x, y] = [Math.round(lng * 1e6), Math.round(lat * 1e6)];
      flat.push(x - px, y - py);
      [px, py] = [x, y];
    }
    const out: CompactShape = [MARKUP_KINDS.indexOf(shape.kind), [color, width, Number(dashed), fill, Number(hatch), text], flat];
    if (shape.note || shape.radiusM !== undefined || shape.headM !== undefined) out.push(shape.note);
    if (shape.radiusM !== undefined || shape.headM !== undefined) out.push(shape.radiusM ?? 0);
    if (shape.headM !== undefined) out.push(shape.headM);
    return out;
  });
  return Object.keys(markup.names).length > 0 ? { s, n: markup.names } : { s };
}

export function expandMarkup(value: unknown): Markup | null {
  if (typeof value !== 'object' || value === null) return null;
  const { s, n } = value as { s?: unknown; n?: unknown };
  if (!Array.isArray(s)) return null;
  const shapes = s.map((item): unknown => {
    if (!Array.isArray(item)) return null;
    const [kind, style, flat, note, radiusM, headM] = item as unknown[];
    if (typeof kind !== 'number' || !Array.isArray(style) || !Array.isArray(flat) || flat.length % 2 !== 0) return null;
    const coords: LngLat[] = [];
    let [x, y] = [0, 0];
    for (let i = 0; i < flat.length; i += 2) {
      const [dx, dy] = [flat[i], flat[i + 1]];
      if (typeof dx !== 'number' || typeof dy !== 'number') return null;
      [x, y] = [x + dx, y + dy];
      coords.push([x / 1e6, y / 1e6]);
    }
    const [color, width, dashed, fill, hatch, text] = style as unknown[];
    return {
      kind: MARKUP_KINDS[kind],
      coords,
      note: typeof note === 'string' ? note : '',
      ...(MARKUP_KINDS[kind] === 'circle' ? { radiusM } : {}),
      ...(headM !== undefined ? { headM } : {}),
      style: { color, width, dashed: dashed === 1, fill, hatch: hatch === 1, text },
    };
  });
  return readMarkup({ shapes, names: n ?? {} });
}

const byPacked = new Map<string, Markup>();
const packedOf = new WeakMap<Markup, string>();

export async function packMarkup(markup: Markup): Promise<string> {
  const known = packedOf.get(markup);
  if (known !== undefined) return known;
  const packed = await packJson(compactMarkup(markup));
  byPacked.set(packed, markup);
  packedOf.set(markup, packed);
  return packed;
}

export async function unpackMarkup(packed: string): Promise<Markup | null> {
  const known = byPacked.get(packed);
  if (known) return known;
  // Damaged text (null): the codec says the link's markup cannot be read.
  const markup = expandMarkup(await unpackJson(packed, { maxChars: MAX_PACKED_MARKUP_CHARS, maxBytes: MAX_INFLATED_BYTES }));
  if (!markup) return null;
  byPacked.set(packed, markup);
  packedOf.set(markup, packed);
  return markup;
}

/** The markup of a packed text already unpacked or packed in this page; undefined otherwise. */
export function unpackedMarkup(packed: string): Markup | undefined {
  return byPacked.get(packed);
}

/** The packed text of this very markup, if it was packed or unpacked in this page. */
export function packedMarkupOf(markup: Markup): string | undefined {
  return packedOf.get(markup);
}

