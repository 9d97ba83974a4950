/**
 * The PDF's fonts and their metrics. Latin text uses the standard Helvetica (every reader has it);
 * Chinese uses Adobe's standard non-embedded CJK font STSong-Light with the UniGB-UCS2-H encoding,
 * which every reader substitutes with a local Song/Hei face. Embedding a CJK font would add
 * 10-20 MB to the page for a title and a legend; this keeps the text vector and selectable at 0 KB.
 */

/** Advance widths of ASCII 32-126 in 1/1000 em, from the Adobe Helvetica AFM files (checked against pdf.js' tables). */
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667,
  722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556,
  278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const HELVETICA_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722,
  722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556,
  333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/**
 * Non-ASCII characters Helvetica has in WinAnsiEncoding, with their code and widths (regular, bold):
 * typographic punctuation and signs that would otherwise fall to the CJK font at a full em.
 */
const WIN_ANSI: Record<string, [code: number, regular: number, bold: number]> = {
  '\u2013': [0x96, 556, 556], // en dash
  '\u2014': [0x97, 1000, 1000], // em dash
  '\u2018': [0x91, 222, 278],
  '\u2019': [0x92, 222, 278],
  '\u201c': [0x93, 333, 500],
  '\u201d': [0x94, 333, 500],
  '\u2026': [0x85, 1000, 1000], // ellipsis
  '\u2022': [0x95, 350, 350], // bullet
  '\u00b7': [0xb7, 278, 278], // middle dot
  '\u00a9': [0xa9, 737, 737], // ©
  '\u00b0': [0xb0, 400, 400], // °
  '\u00b2': [0xb2, 333, 333], // ²
  '\u00d7': [0xd7, 584, 584], // ×
};

/** The WinAnsi byte for a character Helvetica draws, or null for the CJK font. */
export function winAnsiCode(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 32 && code <= 126) return code;
  return WIN_ANSI[ch]?.[0] ?? null;
}

export interface TextRun {
  text: string;
  /** Latin runs (ASCII and the WinAnsi signs above) use Helvetica; everything else the CJK font. */
  latin: boolean;
}

function isLatin(ch: string): boolean {
  return winAnsiCode(ch) !== null;
}

export function splitRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of Array.from(text)) {
    const latin = isLatin(ch);
    const last = runs[runs.length - 1];
    if (last && last.latin === latin) last.text += ch;
    else runs.push({ text: ch, latin });
  }
  return runs;
}

/** Width in 1/1000 em: the same numbers the PDF reader uses to place each glyph. */
export function runWidth(run: TextRun, bold: boolean): number {
  if (!run.latin) return Array.from(run.text).length * 1000;
  const table = bold ? HELVETICA_BOLD : HELVETICA;
  let w = 0;
  for (const ch of run.text) {
    const special = WIN_ANSI[ch];
    w += special ? special[bold ? 2 : 1] : (table[ch.charCodeAt(0) - 32] ?? 556);
  }
  return w;
}

export function pdfTextWidth(text: string, size: number, bold: boolean): number {
  return (splitRuns(text).reduce((sum, run) => sum + runWidth(run, bold), 0) * size) / 1000;
}
