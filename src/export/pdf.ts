/**
 * A one-page PDF writer for the export layout: the map is one raster image (lossless, Flate with
 * PNG row prediction); title, legend, scale, north arrow, notes and QR are vector operators, so
 * text stays selectable and crisp at any zoom. Small on purpose: one page, no fonts to embed.
 */
import type { Paint, Primitive } from './layout';
import { pdfTextWidth, runWidth, splitRuns, type TextRun, winAnsiCode } from './pdfFonts';

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

const encoder = new TextEncoder();

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** RGB rows, each led by PNG filter 2 ("up"): flat map colours compress to almost nothing. */
export function predictRows(rgba: Uint8ClampedArray, width: number, height: number): Uint8Array {
  const stride = width * 3;
  const out = new Uint8Array(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1);
    out[o] = 2;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const j = i - width * 4;
      for (let c = 0; c < 3; c++) out[o + 1 + x * 3 + c] = ((rgba[i + c] ?? 0) - (y > 0 ? (rgba[j + c] ?? 0) : 0)) & 0xff;
    }
  }
  return out;
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function rgb(hex: string): string {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.replace(/./g, (c) => c + c) : h;
  return [0, 2, 4].map((i) => n(Number.parseInt(full.slice(i, i + 2), 16) / 255)).join(' ');
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

/** PDF text strings (document info) in UTF-16BE with a byte-order mark. */
function infoString(text: string): string {
  let hex = 'feff';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

function pdfDate(d: Date): string {
  const p = (v: number) => String(v).padStart(2, '0');
  return `(D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}

class ContentWriter {
  readonly ops: string[] = [];
  readonly alphas = new Set<number>();
  constructor(
    private readonly input: PdfInput,
    private readonly height: number,
  ) {}
  x(v: number) {
    return n(v * this.input.scale);
  }
  y(v: number) {
    return n(this.height - v * this.input.scale);
  }
  len(v: number) {
    return n(v * this.input.scale);
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
  text(p: Extract<Primitive, { kind: 'text' }>): void {
    const runs = splitRuns(p.text);
    const total = pdfTextWidth(p.text, p.size, p.bold);
    let x = p.align === 'left' ? p.x : p.align === 'center' ? p.x - total / 2 : p.x - total;
    const ops = ['BT', `${rgb(p.color)} rg`, `${rgb(p.color)} RG`];
    for (const run of runs) {
      ops.push(...this.runOps(run, p, x));
      x += (runWidth(run, p.bold) * p.size) / 1000;
    }
    ops.push('ET');
    this.ops.push(ops.join('\n'));
  }
  private runOps(run: TextRun, p: Extract<Primitive, { kind: 'text' }>, x: number): string[] {
    const size = this.len(p.size);
    const at = `1 0 0 1 ${this.x(x)} ${this.y(p.y)} Tm`;
    if (run.latin) return [`/${p.bold ? 'F2' : 'F1'} ${size} Tf`, '0 Tr', at, `<${winAnsiHex(run.text)}> Tj`];
    // STSong-Light has no bold face: bold CJK is filled and stroked, as readers' own "fake bold" does.
    const bold = p.bold ? ['2 Tr', `${n(p.size * this.input.scale * 0.03)} w`] : ['0 Tr'];
    return [`/F3 ${size} Tf`, ...bold, at, `<${ucs2Hex(run.text)}> Tj`];
  }
}

function contentFor(input: PdfInput): { content: string; alphas: number[] } {
  const w = new ContentWriter(input, input.heightPt);
  const k = 0.5523; // Bézier handle length for a quarter circle
  for (const p of input.primitives) {
    if (p.kind === 'map') {
      if (input.map) w.ops.push(`q ${w.len(p.rect.w)} 0 0 ${w.len(p.rect.h)} ${w.x(p.rect.x)} ${w.y(p.rect.y + p.rect.h)} cm /Map Do Q`);
    } else if (p.kind === 'rect') {
      w.paint(p, `${w.x(p.rect.x)} ${w.y(p.rect.y + p.rect.h)} ${w.len(p.rect.w)} ${w.len(p.rect.h)} re`);
    } else if (p.kind === 'path') {
      const path = p.points.map(([x, y], i) => `${w.x(x)} ${w.y(y)} ${i === 0 ? 'm' : 'l'}`).join(' ') + (p.closed ? ' h' : '');
      w.paint(p, path);
    } else if (p.kind === 'circle') {
      const { cx, cy, r } = p;
      const pt = (dx: number, dy: number) => `${w.x(cx + dx)} ${w.y(cy + dy)}`;
      const path = [
        `${pt(r, 0)} m`,
        `${pt(r, k * r)} ${pt(k * r, r)} ${pt(0, r)} c`,
        `${pt(-k * r, r)} ${pt(-r, k * r)} ${pt(-r, 0)} c`,
        `${pt(-r, -k * r)} ${pt(-k * r, -r)} ${pt(0, -r)} c`,
        `${pt(k * r, -r)} ${pt(r, -k * r)} ${pt(r, 0)} c h`,
      ].join(' ');
      w.paint(p, path);
    } else if (p.kind === 'text') {
      w.text(p);
    } else if (p.kind === 'qr') {
      const rects: string[] = [];
      p.modules.forEach((row, r) => {
        // One rectangle per run of dark modules: fewer operators, no hairline seams between modules.
        for (let c = 0; c < row.length; c++) {
          if (!row[c]) continue;
          let end = c;
          while (row[end + 1]) end++;
          rects.push(`${w.x(p.x + c * p.modulePx)} ${w.y(p.y + (r + 1) * p.modulePx)} ${w.len((end - c + 1) * p.modulePx)} ${w.len(p.modulePx)} re`);
          c = end;
        }
      });
      w.ops.push(`q 0 0 0 rg\n${rects.join('\n')}\nf Q`);
    }
  }
  return {
    content: w.ops.join('\n'),
    alphas: [...w.alphas].sort((a, b) => a - b),
  };
}

/** Maps UCS-2 codes back to Unicode (they are the same numbers), so copy and search work. */
function toUnicodeCMap(): string {
  const ranges: string[] = [];
  for (let hi = 0; hi < 256; hi++) {
    if (hi >= 0xd8 && hi <= 0xdf) continue; // surrogates never appear
    const h = hi.toString(16).padStart(2, '0');
    ranges.push(`<${h}00> <${h}ff> <${h}00>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const chunk = ranges.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfrange\n${chunk.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <ffff>\nendcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

export async function buildPdf(input: PdfInput): Promise<Uint8Array> {
  const { content, alphas } = contentFor(input);
  const objects: Array<Uint8Array[]> = [];
  const add = (...parts: Array<string | Uint8Array>) => {
    objects.push(parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : p)));
    return objects.length;
  };
  const stream = (dict: string, data: Uint8Array) => add(`<< ${dict} /Length ${data.length} >>\nstream\n`, data, '\nendstream');

  // The page is written last (it names every other object) into a slot reserved here.
  const page = add('');
  const pages = add(`<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  const catalog = add(`<< /Type /Catalog /Pages ${pages} 0 R >>`);
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const toUnicode = stream('', encoder.encode(toUnicodeCMap()));
  const f3 = add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  let image = 0;
  if (input.map) {
    const { width, height, rgba } = input.map;
    const data = await deflate(predictRows(rgba, width, height));
    image = stream(
      `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns ${width} >>`,
      data,
    );
  }
  const contents = stream('', encoder.encode(content));
  const info = add(
    `<< /Title ${infoString(input.info.title)} /Subject ${infoString(input.info.subject)} /Producer (Futian Planning Atlas) /CreationDate ${pdfDate(input.info.creationDate)} >>`,
  );
  const gs = alphas.map((a) => `/GA${a} << /Type /ExtGState /ca ${n(a / 100)} >>`).join(' ');
  objects[page - 1] = [
    encoder.encode(
      `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${n(input.widthPt)} ${n(input.heightPt)}] /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R >>${image ? ` /XObject << /Map ${image} 0 R >>` : ''} /ExtGState << ${gs} >> >> /Contents ${contents} 0 R >>`,
    ),
  ];

  // The header's second line: four bytes above 127 tell transfer tools the file is binary.
  const header = new Uint8Array([...encoder.encode('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
  const chunks: Uint8Array[] = [header];
  let offset = header.length;
  const offsets: number[] = [];
  objects.forEach((parts, i) => {
    offsets.push(offset);
    const body = [encoder.encode(`${i + 1} 0 obj\n`), ...parts, encoder.encode('\nendobj\n')];
    for (const b of body) {
      chunks.push(b);
      offset += b.length;
    }
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(encoder.encode(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  const total = chunks.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
