/**
 * `npm run data:font` — writes the font that vector exports (PDF and SVG) embed:
 * data/fonts/NotoSansCJKsc-Atlas.otf, Noto Sans CJK SC Regular (SIL OFL 1.1) cut down to the
 * characters the Atlas can be asked to print: GB 2312's 7,445 characters (every hanzi of 6,763
 * and the symbols), printable ASCII and Latin-1, the punctuation blocks, and every character of
 * the project's own data and messages. The browser subsets this again, at export time, to the
 * few hundred glyphs one page uses (src/export/vector/subset.ts).
 *
 * Needs Debian's fonts-noto-cjk (the source face) and libharfbuzz-bin (`hb-subset`): the same
 * HarfBuzz subsetter the browser runs as WebAssembly, whose 64 MB memory cannot hold the 20 MB
 * collection. Also writes data/fonts/metrics.json: advance widths the export layout measures
 * text with before the font is loaded.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseSfnt } from '../../src/export/vector/sfnt';
import { ROOT } from '../lib/root';

const SOURCE = process.env.NOTO_CJK_TTC ?? '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** Index of "Noto Sans CJK SC" in Debian's collection (JP, KR, SC, TC, HK, then the Mono faces). */
const SC_FACE = 2;
const OUT_DIR = path.join(ROOT, 'data/fonts');
export const FONT_FILE = 'NotoSansCJKsc-Atlas.otf';
/** Tables a horizontal, unshaped label never reads: dropping them keeps the file and the subsets small. */
const DROPPED_TABLES = ['GSUB', 'GPOS', 'BASE', 'vhea', 'vmtx', 'VORG'];

/** GB 2312 as Unicode: its rows 0xA1-0xF7 × cells 0xA1-0xFE decoded through GBK (a superset). */
function gb2312(): string[] {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let row = 0xa1; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = decoder.decode(new Uint8Array([row, cell]));
      if (ch.length === 1 && ch !== '\ufffd') chars.push(ch);
    }
  }
  return chars;
}

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
}

/** Every non-ASCII character in the project's data and source (zone names, messages, panels). */
export function projectChars(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(json|geojson|ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
        for (const ch of fs.readFileSync(full, 'utf8')) if ((ch.codePointAt(0) ?? 0) > 0x7f) found.add(ch);
      }
    }
  };
  walk(path.join(ROOT, 'data'));
  walk(path.join(ROOT, 'src'));
  return [...found];
}

export function repertoire(): string[] {
  return [
    ...new Set([
      ...range(0x20, 0x7e),
      ...range(0xa0, 0xff),
      ...range(0x2000, 0x206f), // general punctuation
      ...range(0x3000, 0x303f), // CJK symbols and punctuation
      ...range(0xff01, 0xff5e), // full-width forms
      ...['°', '²', '³', '±', '×', '÷', '→', '←', '↑', '↓', '≈', '≤', '≥', '·', '©', 'ⓘ', '■', '□', '●', '○', '△', '▲', '★', '℃'],
      ...gb2312(),
      ...projectChars(),
    ]),
  ].sort();
}

function main(): void {
  if (!fs.existsSync(SOURCE)) throw new Error(`${SOURCE} not found: apt-get install fonts-noto-cjk (or set NOTO_CJK_TTC)`);
  const chars = repertoire();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const textFile = path.join(OUT_DIR, '.repertoire.txt');
  fs.writeFileSync(textFile, chars.join(''));
  const out = path.join(OUT_DIR, FONT_FILE);
  try {
    execFileSync('hb-subset', [`--font-file=${SOURCE}`, `--face-index=${SC_FACE}`, `--text-file=${textFile}`, `--drop-tables+=${DROPPED_TABLES.join(',')}`, `--output-file=${out}`]);
  } finally {
    fs.rmSync(textFile);
  }
  const font = parseSfnt(new Uint8Array(fs.readFileSync(out)));
  const missing = chars.filter((ch) => !font.glyphOf((ch.codePointAt(0) ?? 0)));
  // Characters the face lacks (a few GB 2312 symbols) are listed, not fatal; the project's are.
  const projectMissing = projectChars().filter((ch) => missing.includes(ch) && !/\p{Cc}|\p{Cf}|\p{Co}|\p{Cs}/u.test(ch));
  // Metrics the layout measures with before the font loads: ASCII and the common symbols; every
  // other character the face has is a full em wide (ideographs, full-width punctuation).
  const widths: Record<string, number> = {};
  for (const ch of chars) {
    const glyph = font.glyphOf((ch.codePointAt(0) ?? 0));
    if (glyph && font.advance(glyph) !== font.unitsPerEm) widths[ch] = Math.round((font.advance(glyph) * 1000) / font.unitsPerEm);
  }
  const metrics = { font: FONT_FILE, source: `${path.basename(SOURCE)} face ${SC_FACE} (${font.name})`, unitsPerEm: 1000, defaultWidth: 1000, widths };
  fs.writeFileSync(path.join(OUT_DIR, 'metrics.json'), `${JSON.stringify(metrics)}\n`);
  console.log(`wrote ${path.relative(ROOT, out)}: ${fs.statSync(out).size} bytes, ${chars.length - missing.length} of ${chars.length} characters (${missing.length} not in the face)`);
  if (projectMissing.length) console.warn(`the face lacks these characters of the project's data: ${projectMissing.join(' ')}`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
