import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectChars } from '../../../scripts/font/build';
import metrics from '../../../data/fonts/metrics.json';
import { embedFont, embeddedWidth } from './font';
import { vectorMeasure } from './metrics';
import { parseSfnt } from './sfnt';
import { createSubsetter } from './subset';

const FULL = new Uint8Array(fs.readFileSync('data/fonts/NotoSansCJKsc-Atlas.otf'));
const WASM = fs.readFileSync('node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm');
const cp = (ch: string) => ch.codePointAt(0) ?? 0;

describe('the embedded face (data/fonts)', () => {
  const font = parseSfnt(FULL);

  it('is Noto Sans CJK SC Regular, CID-keyed, 1000 units to the em', () => {
    expect(font.name).toBe('NotoSansCJKsc-Regular');
    expect(font.unitsPerEm).toBe(1000);
    expect(font.cidKeyed).toBe(true);
    expect(font.numGlyphs).toBeGreaterThan(7000);
  });

  it('has every character of the project’s data and messages (the one it lacks is a superscript n of a code comment)', () => {
    const lacking = projectChars().filter((ch) => font.glyphOf(cp(ch)) === 0 && !/\p{C}|\s/u.test(ch));
    expect(lacking.filter((ch) => ch !== 'ⁿ')).toEqual([]);
  });

  it('has the GB 2312 hanzi a planner types (spot checks across its two levels)', () => {
    for (const ch of '福田深圳河套湘桥博罗和平小漠鹏镛') expect(font.glyphOf(cp(ch)), ch).toBeGreaterThan(0);
  });

  it('agrees with metrics.json, which the page is laid out with before the face loads', () => {
    for (const ch of 'AWaw1 .,()') expect(Math.round(font.advance(font.glyphOf(cp(ch))))).toBe((metrics.widths as Record<string, number>)[ch]);
    expect(font.advance(font.glyphOf(cp('福')))).toBe(1000);
    expect(vectorMeasure('福田 A', 10, false)).toBeCloseTo(embeddedWidth(font, '福田 A', 10), 6);
  });
});

describe('subsetting in the browser’s WebAssembly HarfBuzz', () => {
  it('keeps just the page’s characters, with the same advances and the same CIDs as the full face', async () => {
    const subset = await createSubsetter(WASM);
    const text = '福田区中央活力区 Futian CBD 2035';
    const embedded = embedFont(subset, FULL, text);
    const full = parseSfnt(FULL);
    const part = embedded.sfnt;
    expect(embedded.otf.byteLength).toBeLessThan(30_000);
    expect(part.numGlyphs).toBeLessThanOrEqual(new Set(text).size + 2);
    for (const ch of new Set(text)) {
      const g = part.glyphOf(cp(ch));
      expect(g, ch).toBeGreaterThan(0);
      expect(part.advance(g)).toBe(full.advance(full.glyphOf(cp(ch))));
      // The PDF selects glyphs by CID: a subset must keep each glyph's CID.
      expect(part.cidOf(g)).toBe(full.cidOf(full.glyphOf(cp(ch))));
    }
    expect(embedded.missing).toEqual([]);
  });

  it('names the characters the face lacks instead of failing', async () => {
    const embedded = embedFont(await createSubsetter(WASM), FULL, '福田𠀋');
    expect(embedded.missing).toEqual(['𠀋']);
    expect(embedded.sfnt.glyphOf(cp('福'))).toBeGreaterThan(0);
  });
});
