/**
 * The parts of a PDF file the writer (./pdf.ts) and its content painter build on: numbers and
 * colours as operators print them, text strings, dates, Flate compression, and the object table
 * with its xref.
 */
import { rgbChannels } from '../encoding/color';
import { withoutControlChars } from '../encoding/text';
import { compress } from '../encoding/compress';

export const encoder = new TextEncoder();

/** A Flate (zlib) stream's data, as /FlateDecode reads it. */
export const deflate = (bytes: Uint8Array): Promise<Uint8Array> => compress(bytes, 'deflate');

/** A number as an operand: two decimals at most (1/7200 inch), no exponent. */
export const n = (v: number) => (Math.round(v * 100) / 100).toString();

export function rgb(hex: string): string {
  return rgbChannels(hex)
    .map((c) => n(c / 255))
    .join(' ');
}

/** PDF text strings (document info, layer names) in UTF-16BE with a byte-order mark. */
export function textString(text: string): string {
  let hex = 'feff';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

export function pdfDate(d: Date): string {
  const p = (v: number) => String(v).padStart(2, '0');
  return `(D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}

export interface DocumentInfo {
  title: string;
  subject: string;
  creationDate: Date;
}

/** Objects numbered in the order added; `reserve` keeps a number for an object written later. */
export class PdfObjects {
  private readonly objects: Array<Uint8Array[]> = [];

  add(...parts: Array<string | Uint8Array>): number {
    this.objects.push(parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : p)));
    return this.objects.length;
  }

  reserve(): number {
    return this.add('');
  }

  set(ref: number, body: string): void {
    this.objects[ref - 1] = [encoder.encode(body)];
  }

  stream(dict: string, data: Uint8Array): number {
    return this.add(`<< ${dict} /Length ${data.length} >>\nstream\n`, data, '\nendstream');
  }

  info(info: DocumentInfo): number {
    // The document information is what viewers and `pdfinfo` print: no control characters in it.
    return this.add(`<< /Title ${textString(withoutControlChars(info.title))} /Subject ${textString(withoutControlChars(info.subject))} /Producer (Futian Planning Atlas) /CreationDate ${pdfDate(info.creationDate)} >>`);
  }

  /** The file: header, objects, xref table, trailer. */
  finish(catalog: number, info: number): Uint8Array {
    // The header's second line: four bytes above 127 tell transfer tools the file is binary.
    const header = new Uint8Array([...encoder.encode('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
    const chunks: Uint8Array[] = [header];
    let offset = header.length;
    const offsets: number[] = [];
    this.objects.forEach((parts, i) => {
      offsets.push(offset);
      for (const b of [encoder.encode(`${i + 1} 0 obj\n`), ...parts, encoder.encode('\nendobj\n')]) {
        chunks.push(b);
        offset += b.length;
      }
    });
    const count = this.objects.length + 1;
    const xref = [`xref\n0 ${count}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    chunks.push(encoder.encode(`${xref}trailer\n<< /Size ${count} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
    const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
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

/** A lossless RGB image XObject (Flate with PNG row prediction). */
export async function imageObject(pdf: PdfObjects, image: { width: number; height: number; rgba: Uint8ClampedArray }): Promise<number> {
  const { width, height, rgba } = image;
  const data = await deflate(predictRows(rgba, width, height));
  return pdf.stream(
    `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns ${width} >>`,
    data,
  );
}

/** A ToUnicode CMap (two-byte codes) from `bfrange` or `bfchar` entries, a hundred to a block as the format allows. */
export function toUnicodeCMap(kind: 'bfrange' | 'bfchar', entries: readonly string[]): string {
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} begin${kind}\n${chunk.join('\n')}\nend${kind}`);
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

/** A QR code's dark modules as runs along each row: [row, first column, length]. Fewer shapes, no seams. */
export function qrRuns(modules: readonly boolean[][]): Array<[number, number, number]> {
  const runs: Array<[number, number, number]> = [];
  modules.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      let end = c;
      while (row[end + 1]) end++;
      runs.push([r, c, end - c + 1]);
      c = end;
    }
  });
  return runs;
}

/** A circle as four Bézier quarters; `pt` prints a point offset from the centre (page units in, PDF operands out). */
export function circlePath(pt: (dx: number, dy: number) => string, r: number): string {
  const k = 0.5523 * r; // handle length for a quarter circle
  return [
    `${pt(r, 0)} m`,
    `${pt(r, k)} ${pt(k, r)} ${pt(0, r)} c`,
    `${pt(-k, r)} ${pt(-r, k)} ${pt(-r, 0)} c`,
    `${pt(-r, -k)} ${pt(-k, -r)} ${pt(0, -r)} c`,
    `${pt(k, -r)} ${pt(r, -k)} ${pt(r, 0)} c h`,
  ].join(' ');
}
