/**
 * A one-page PDF writer for the export layout: the map is one raster image (lossless, Flate with
 * PNG row prediction); title, legend, scale, north arrow, notes and QR are vector operators, so
 * text stays selectable and crisp at any zoom. Small on purpose: one page, no fonts to embed.
 */
import type { Paint, Primitive } from './layout';
import { circlePath, encoder, imageObject, n, PdfObjects, qrRuns, rgb, toUnicodeCMap } from './pdfObjects';
import { pdfTextWidth, runWidth, splitRuns, type TextRun, winAnsiCode } from './pdfFonts';

export { predictRows } from './pdfObjects';

export interface PdfInput {
  widthPt: number;
  heightPt: number;
  /** PDF points per layout pixel. */
  scale: number;
  primitives: readonly Primitive[];
  /** The map raster, exactly the size of the layout's map rectangle. */
  map: { width: number; height: number; rgba: Uint8ClampedArray } | null;
  info: { title: string; subject: string; creationDate: Date };
}

/** Helvetica text as WinAnsi bytes in hex: no escaping, and the bytes above 127 stay bytes. */
function winAnsiHex(text: string): string {
  return Array.from(text)
    .map((ch) => (winAnsiCode(ch) ?? 0x3f).toString(16).padStart(2, '0'))
    .join('');
}

/** UCS-2 code units as hex; characters beyond the BMP become '?' (UniGB-UCS2 has no surrogates). */
function ucs2Hex(text: string): string {
  return Array.from(text)
    .map((ch) => (ch.length === 1 ? ch.charCodeAt(0) : 0x3f).toString(16).padStart(4, '0'))
    .join('');
}

export type TextPrimitive = Extract<Primitive, { kind: 'text' }>;

/** Page operators for the layout's primitives; text and the map are drawn by the writer's own painters. */
export class ContentWriter {
  readonly ops: string[] = [];
  readonly alphas = new Set<number>();
  constructor(
    readonly scale: number,
    private readonly height: number,
  ) {}
  x(v: number) {
    return n(v * this.scale);
  }
  y(v: number) {
    return n(this.height - v * this.scale);
  }
  len(v: number) {
    return n(v * this.scale);
  }
  paint(p: Paint, path: string): void {
    const ops = ['q'];
    const alpha = Math.round((p.fillOpacity ?? 1) * 100);
    const stroke = p.stroke ? [`${rgb(p.stroke)} RG`, `${this.len(p.lineWidth ?? 1)} w`, `[${(p.dash ?? []).map((d) => this.len(d)).join(' ')}] 0 d`] : [];
    if (p.fill && alpha < 100) {
      this.alphas.add(alpha);
      ops.push(`/GA${alpha} gs`);
    }
    if (p.fill) ops.push(`${rgb(p.fill)} rg`);
    // A stroke keeps full opacity after a translucent fill: draw them as two paints.
    if (p.fill && p.stroke && alpha < 100) ops.push(path, 'f', 'Q', 'q', ...stroke, path, 'S');
    else ops.push(...stroke, path, p.fill && p.stroke ? 'B' : p.fill ? 'f' : 'S');
    ops.push('Q');
    this.ops.push(ops.join('\n'));
  }
}

/** Helvetica for Latin runs, STSong-Light (not embedded) for Chinese: the raster PDF's text. */
function standardText(w: ContentWriter, p: TextPrimitive): void {
  const runs = splitRuns(p.text);
  const total = pdfTextWidth(p.text, p.size, p.bold);
  let x = p.align === 'left' ? p.x : p.align === 'center' ? p.x - total / 2 : p.x - total;
  const ops = ['BT', `${rgb(p.color)} rg`, `${rgb(p.color)} RG`];
  for (const run of runs) {
    ops.push(...runOps(w, run, p, x));
    x += (runWidth(run, p.bold) * p.size) / 1000;
  }
  ops.push('ET');
  w.ops.push(ops.join('\n'));
}

function runOps(w: ContentWriter, run: TextRun, p: TextPrimitive, x: number): string[] {
  const size = w.len(p.size);
  const at = `1 0 0 1 ${w.x(x)} ${w.y(p.y)} Tm`;
  if (run.latin) return [`/${p.bold ? 'F2' : 'F1'} ${size} Tf`, '0 Tr', at, `<${winAnsiHex(run.text)}> Tj`];
  // STSong-Light has no bold face: bold CJK is filled and stroked, as readers' own "fake bold" does.
  const bold = p.bold ? ['2 Tr', `${n(p.size * w.scale * 0.03)} w`] : ['0 Tr'];
  return [`/F3 ${size} Tf`, ...bold, at, `<${ucs2Hex(run.text)}> Tj`];
}

/** The layout's primitives as page operators; `text` draws text, `map` the map frame's content. */
export function primitiveContent(
  primitives: readonly Primitive[],
  w: ContentWriter,
  painters: { text: (w: ContentWriter, p: TextPrimitive) => void; map: (w: ContentWriter, rect: Extract<Primitive, { kind: 'map' }>['rect']) => void },
): void {
  for (const p of primitives) {
    if (p.kind === 'map') {
      painters.map(w, p.rect);
    } else if (p.kind === 'rect') {
      w.paint(p, `${w.x(p.rect.x)} ${w.y(p.rect.y + p.rect.h)} ${w.len(p.rect.w)} ${w.len(p.rect.h)} re`);
    } else if (p.kind === 'path') {
      const path = p.points.map(([x, y], i) => `${w.x(x)} ${w.y(y)} ${i === 0 ? 'm' : 'l'}`).join(' ') + (p.closed ? ' h' : '');
      w.paint(p, path);
    } else if (p.kind === 'circle') {
      const { cx, cy, r } = p;
      const path = circlePath((dx, dy) => `${w.x(cx + dx)} ${w.y(cy + dy)}`, r);
      w.paint(p, path);
    } else if (p.kind === 'text') {
      painters.text(w, p);
    } else if (p.kind === 'qr') {
      const rects = qrRuns(p.modules).map(([r, c, length]) => `${w.x(p.x + c * p.modulePx)} ${w.y(p.y + (r + 1) * p.modulePx)} ${w.len(length * p.modulePx)} ${w.len(p.modulePx)} re`);
      w.ops.push(`q 0 0 0 rg\n${rects.join('\n')}\nf Q`);
    }
  }
}

function contentFor(input: PdfInput): { content: string; alphas: number[] } {
  const w = new ContentWriter(input.scale, input.heightPt);
  primitiveContent(input.primitives, w, {
    text: standardText,
    map: (cw, rect) => {
      if (input.map) cw.ops.push(`q ${cw.len(rect.w)} 0 0 ${cw.len(rect.h)} ${cw.x(rect.x)} ${cw.y(rect.y + rect.h)} cm /Map Do Q`);
    },
  });
  return {
    content: w.ops.join('\n'),
    alphas: [...w.alphas].sort((a, b) => a - b),
  };
}

/** Maps UCS-2 codes back to Unicode (they are the same numbers), so copy and search work. */
function ucs2ToUnicode(): string {
  const ranges: string[] = [];
  for (let hi = 0; hi < 256; hi++) {
    if (hi >= 0xd8 && hi <= 0xdf) continue; // surrogates never appear
    const h = hi.toString(16).padStart(2, '0');
    ranges.push(`<${h}00> <${h}ff> <${h}00>`);
  }
  return toUnicodeCMap('bfrange', ranges);
}

export async function buildPdf(input: PdfInput): Promise<Uint8Array> {
  const { content, alphas } = contentFor(input);
  const pdf = new PdfObjects();
  // The page is written last (it names every other object) into a slot reserved here.
  const page = pdf.reserve();
  const pages = pdf.add(`<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  const catalog = pdf.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
  const f1 = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const f2 = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const descriptor = pdf.add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const cid = pdf.add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const toUnicode = pdf.stream('', encoder.encode(ucs2ToUnicode()));
  const f3 = pdf.add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  const image = input.map ? await imageObject(pdf, input.map) : 0;
  const contents = pdf.stream('', encoder.encode(content));
  const info = pdf.info(input.info);
  const gs = alphas.map((a) => `/GA${a} << /Type /ExtGState /ca ${n(a / 100)} >>`).join(' ');
  pdf.set(
    page,
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${n(input.widthPt)} ${n(input.heightPt)}] /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R >>${image ? ` /XObject << /Map ${image} 0 R >>` : ''} /ExtGState << ${gs} >> >> /Contents ${contents} 0 R >>`,
  );
  return pdf.finish(catalog, info);
}
