/**
 * The font a vector export embeds: Noto Sans CJK SC (SIL OFL 1.1, data/fonts/OFL.txt), subset to
 * the characters of this one page. Regular only: bold text is drawn with a thin stroke.
 */
import { parseSfnt, type SfntFont } from './sfnt';
import type { Subsetter } from './subset';

/** The family name an SVG declares for its embedded face (a name of its own: it is a subset). */
export const EMBEDDED_FAMILY = 'Atlas Noto Sans CJK SC';
/** What an SVG reader without the embedded face (Inkscape reads no @font-face) falls back to. */
export const FALLBACK_FAMILIES = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export interface EmbeddedFont {
  /** The subset as a complete OpenType font (cmap, metrics, CFF). */
  otf: Uint8Array;
  sfnt: SfntFont;
  /** Characters of the page the face does not have (printed as its empty .notdef box). */
  missing: string[];
}

export function embedFont(subset: Subsetter, full: Uint8Array, text: string): EmbeddedFont {
  const fullFont = parseSfnt(full);
  const chars = [...new Set(Array.from(text).filter((ch) => ch !== '\n'))];
  const missing = chars.filter((ch) => !/\s/.test(ch) && fullFont.glyphOf((ch.codePointAt(0) ?? 0)) === 0);
  const otf = subset(full, [0x20, ...chars.map((ch) => (ch.codePointAt(0) ?? 0))]);
  return { otf, sfnt: parseSfnt(otf), missing };
}

/** Width of `text` at `size` in the embedded face (the writers align with this). */
export function embeddedWidth(font: SfntFont, text: string, size: number, letterSpacing = 0): number {
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += font.advance(font.glyphOf((ch.codePointAt(0) ?? 0)));
    count++;
  }
  return (units / font.unitsPerEm) * size + Math.max(0, count - 1) * letterSpacing;
}
