/**
 * Reads what a PDF or SVG writer needs from an OpenType font with CFF outlines: the character
 * map, advance widths, vertical metrics, the PostScript name, the bare `CFF ` table, and each
 * glyph's CID (a PDF's Identity-H codes select glyphs of a CID-keyed CFF by CID, not by index).
 * Pure and small; the formats are the OpenType 1.9 and Adobe TN 5176 (CFF) ones.
 */

export interface SfntFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  /** PostScript name (name ID 6). */
  name: string;
  numGlyphs: number;
  /** Glyph index for a code point; 0 (.notdef) when the font lacks it. */
  glyphOf: (codePoint: number) => number;
  advance: (glyph: number) => number;
  /** CID of a glyph: its index when the CFF is not CID-keyed. */
  cidOf: (glyph: number) => number;
  cidKeyed: boolean;
  table: (tag: string) => Uint8Array | null;
}

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u8 = (o: number) => this.view.getUint8(o);
  u16 = (o: number) => this.view.getUint16(o);
  i16 = (o: number) => this.view.getInt16(o);
  u32 = (o: number) => this.view.getUint32(o);
  tag = (o: number) => String.fromCharCode(this.u8(o), this.u8(o + 1), this.u8(o + 2), this.u8(o + 3));
}

function readCmap(r: Reader, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const count = r.u16(at + 2);
  const subtables = Array.from({ length: count }, (_, i) => ({ platform: r.u16(at + 4 + i * 8), encoding: r.u16(at + 6 + i * 8), offset: at + r.u32(at + 8 + i * 8) }));
  const full = subtables.find((s) => r.u16(s.offset) === 12 && (s.platform === 3 || s.platform === 0));
  const bmp = subtables.find((s) => r.u16(s.offset) === 4 && (s.platform === 3 || s.platform === 0));
  if (full) {
    const groups = r.u32(full.offset + 12);
    for (let g = 0; g < groups; g++) {
      const o = full.offset + 16 + g * 12;
      const [start, end, glyph] = [r.u32(o), r.u32(o + 4), r.u32(o + 8)];
      for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
    }
  } else if (bmp) {
    const o = bmp.offset;
    const segs = r.u16(o + 6) / 2;
    const ends = o + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const rangeOffsets = deltas + segs * 2;
    for (let s = 0; s < segs; s++) {
      const [start, end, delta, ro] = [r.u16(starts + s * 2), r.u16(ends + s * 2), r.i16(deltas + s * 2), r.u16(rangeOffsets + s * 2)];
      for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
        const glyph = ro === 0 ? (cp + delta) & 0xffff : r.u16(rangeOffsets + s * 2 + ro + (cp - start) * 2);
        if (glyph !== 0) map.set(cp, ro === 0 ? glyph : (glyph + delta) & 0xffff);
      }
    }
  }
  return map;
}

function readName(r: Reader, at: number): string {
  const count = r.u16(at + 2);
  const strings = at + r.u16(at + 4);
  for (let i = 0; i < count; i++) {
    const rec = at + 6 + i * 12;
    if (r.u16(rec + 6) !== 6) continue;
    const [platform, length, offset] = [r.u16(rec), r.u16(rec + 8), r.u16(rec + 10)];
    let s = '';
    if (platform === 3 || platform === 0) for (let j = 0; j < length; j += 2) s += String.fromCharCode(r.u16(strings + offset + j));
    else for (let j = 0; j < length; j++) s += String.fromCharCode(r.u8(strings + offset + j));
    return s;
  }
  return 'Font';
}

/** A CFF INDEX: the byte ranges of its items, and where the INDEX ends. */
function cffIndex(r: Reader, at: number): { items: Array<[number, number]>; end: number } {
  const count = r.u16(at);
  if (count === 0) return { items: [], end: at + 2 };
  const offSize = r.u8(at + 2);
  const offset = (i: number) => {
    let v = 0;
    for (let b = 0; b < offSize; b++) v = v * 256 + r.u8(at + 3 + i * offSize + b);
    return v;
  };
  const base = at + 2 + (count + 1) * offSize;
  const items = Array.from({ length: count }, (_, i): [number, number] => [base + offset(i), base + offset(i + 1)]);
  return { items, end: base + offset(count) };
}

/** The operators of a CFF DICT with their operands (reals are skipped: no operator read here takes one). */
function cffDict(r: Reader, from: number, to: number): Map<number, number[]> {
  const dict = new Map<number, number[]>();
  let operands: number[] = [];
  let o = from;
  while (o < to) {
    const b = r.u8(o);
    if (b <= 21) {
      const op = b === 12 ? 1200 + r.u8(o + 1) : b;
      o += b === 12 ? 2 : 1;
      dict.set(op, operands);
      operands = [];
    } else if (b === 28) {
      operands.push(r.view.getInt16(o + 1));
      o += 3;
    } else if (b === 29) {
      operands.push(r.view.getInt32(o + 1));
      o += 5;
    } else if (b === 30) {
      o++;
      while (o < to && (r.u8(o) & 0x0f) !== 0x0f && (r.u8(o) & 0xf0) !== 0xf0) o++;
      o++;
      operands.push(0);
    } else if (b <= 246) {
      operands.push(b - 139);
      o++;
    } else if (b <= 250) {
      operands.push((b - 247) * 256 + r.u8(o + 1) + 108);
      o += 2;
    } else {
      operands.push(-(b - 251) * 256 - r.u8(o + 1) - 108);
      o += 2;
    }
  }
  return dict;
}

/** Glyph index → CID (or SID) from the charset, and whether the font is CID-keyed (ROS, 12 30). */
function cffCharset(cff: Uint8Array, numGlyphs: number): { cids: Uint32Array; cidKeyed: boolean } {
  const r = new Reader(cff);
  const names = cffIndex(r, r.u8(2));
  const top = cffIndex(r, names.end);
  const [from, to] = top.items[0] ?? [0, 0];
  const dict = cffDict(r, from, to);
  const cidKeyed = dict.has(1230);
  const cids = new Uint32Array(numGlyphs).map((_, i) => i);
  const charset = dict.get(15)?.[0] ?? 0;
  if (charset <= 2) return { cids, cidKeyed }; // predefined charsets: only for name-keyed fonts, where index selects
  const format = r.u8(charset);
  let o = charset + 1;
  let glyph = 1;
  if (format === 0) {
    for (; glyph < numGlyphs; glyph++, o += 2) cids[glyph] = r.u16(o);
  } else {
    while (glyph < numGlyphs) {
      const first = r.u16(o);
      const left = format === 1 ? r.u8(o + 2) : r.u16(o + 2);
      o += format === 1 ? 3 : 4;
      for (let k = 0; k <= left && glyph < numGlyphs; k++, glyph++) cids[glyph] = first + k;
    }
  }
  return { cids, cidKeyed };
}

export function parseSfnt(bytes: Uint8Array): SfntFont {
  const r = new Reader(bytes);
  const tables = new Map<string, { offset: number; length: number }>();
  const count = r.u16(4);
  for (let i = 0; i < count; i++) tables.set(r.tag(12 + i * 16), { offset: r.u32(20 + i * 16), length: r.u32(24 + i * 16) });
  const at = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t.offset;
  };
  const head = at('head');
  const hhea = at('hhea');
  const hmtx = at('hmtx');
  const numGlyphs = r.u16(at('maxp') + 4);
  const hMetrics = r.u16(hhea + 34);
  const cmap = readCmap(r, at('cmap'));
  const os2 = tables.get('OS/2');
  const table = (tag: string) => {
    const t = tables.get(tag);
    return t ? bytes.subarray(t.offset, t.offset + t.length) : null;
  };
  const cff = table('CFF ');
  const { cids, cidKeyed } = cff ? cffCharset(cff, numGlyphs) : { cids: new Uint32Array(numGlyphs).map((_, i) => i), cidKeyed: false };
  return {
    unitsPerEm: r.u16(head + 18),
    ascent: r.i16(hhea + 4),
    descent: r.i16(hhea + 6),
    capHeight: os2 && r.u16(os2.offset) >= 2 ? r.i16(os2.offset + 88) : r.i16(hhea + 4),
    bbox: [r.i16(head + 36), r.i16(head + 38), r.i16(head + 40), r.i16(head + 42)],
    name: readName(r, at('name')),
    numGlyphs,
    glyphOf: (cp) => cmap.get(cp) ?? 0,
    advance: (glyph) => r.u16(hmtx + Math.min(glyph, hMetrics - 1) * 4),
    cidOf: (glyph) => cids[glyph] ?? glyph,
    cidKeyed,
    table,
  };
}
