/**
 * The vector PDF: the map as paths and text (one optional-content group per layer group, so a
 * reader's or designer's layer panel lists them), an online basemap as an image beneath, the
 * page's frame as today, and every character in one embedded font: a subset of Noto Sans CJK SC
 * as a CIDFontType0C (bare CFF) with Identity-H codes (= CIDs), its widths, and a ToUnicode map
 * so text copies and searches.
 */
import type { Primitive } from '../layout';
import { ContentWriter, primitiveContent, type TextPrimitive } from '../pdf';
import { circlePath, type DocumentInfo, deflate, encoder, imageObject, n, PdfObjects, rgb, textString, toUnicodeCMap } from '../pdfObjects';
import { type EmbeddedFont, embeddedWidth } from './font';
import { frameTextItem, type PathItem, type SceneItem, type StrokeStyle, type TextItem, type VectorScene } from './scene';

export interface VectorPdfInput {
  widthPt: number;
  heightPt: number;
  /** PDF points per layout pixel. */
  scale: number;
  primitives: readonly Primitive[];
  scene: VectorScene;
  font: EmbeddedFont;
  info: DocumentInfo;
  /** Names of the groups that are not map layers, in the export's language. */
  names: { frame: string; basemap: string; background: string };
}

const CAPS = { butt: 0, round: 1, square: 2 } as const;
const JOINS = { miter: 0, round: 1, bevel: 2 } as const;

/** Opacity pairs become named graphics states. */
class Alphas {
  private readonly names = new Map<string, string>();
  gs(fill: number, stroke: number): string {
    const key = `${n(fill)} ${n(stroke)}`;
    let name = this.names.get(key);
    if (!name) {
      name = `GS${this.names.size}`;
      this.names.set(key, name);
    }
    return `/${name} gs`;
  }
  /** Its states, and the frame's fill states (`/GA<percent>`, named by the shared ContentWriter). */
  resources(frameAlphas: Iterable<number>): string {
    const own = [...this.names].map(([key, name]) => `/${name} << /Type /ExtGState /ca ${key.split(' ')[0]} /CA ${key.split(' ')[1]} >>`);
    const frame = [...frameAlphas].map((a) => `/GA${a} << /Type /ExtGState /ca ${n(a / 100)} >>`);
    return [...own, ...frame].join(' ');
  }
}

class VectorContent {
  readonly usedGlyphs = new Map<number, string>();
  constructor(
    private readonly w: ContentWriter,
    private readonly font: EmbeddedFont,
    private readonly alphas: Alphas,
  ) {}

  private strokeOps(s: StrokeStyle): string[] {
    return [`${rgb(s.color)} RG`, `${this.w.len(s.width)} w`, `${CAPS[s.cap]} J`, `${JOINS[s.join]} j`, `[${s.dash.map((d) => this.w.len(d)).join(' ')}] 0 d`];
  }

  private path(item: PathItem): string {
    return item.parts
      .map((pts) => {
        const ops: string[] = [];
        for (let i = 0; i < pts.length; i += 2) ops.push(`${this.w.x(pts[i])} ${this.w.y(pts[i + 1])} ${i === 0 ? 'm' : 'l'}`);
        return ops.join(' ') + (item.closed ? ' h' : '');
      })
      .join('\n');
  }

  private circle(cx: number, cy: number, r: number): string {
    return circlePath((dx, dy) => `${this.w.x(cx + dx)} ${this.w.y(cy + dy)}`, r);
  }

  /** Identity-H codes: each character's CID in the subset, as 4 hex digits. */
  hex(text: string): string {
    let out = '';
    for (const ch of text) {
      const glyph = this.font.sfnt.glyphOf((ch.codePointAt(0) ?? 0));
      const cid = this.font.sfnt.cidOf(glyph);
      if (glyph) this.usedGlyphs.set(glyph, ch);
      out += cid.toString(16).padStart(4, '0');
    }
    return out;
  }

  item(item: SceneItem): void {
    const ops = this.w.ops;
    if (item.kind === 'text') {
      this.text(item);
      return;
    }
    const shape = item.kind === 'path' ? this.path(item) : this.circle(item.cx, item.cy, item.r);
    if (item.fill) ops.push(`q ${this.alphas.gs(item.fill.opacity, 1)} ${rgb(item.fill.color)} rg\n${shape}\n${item.kind === 'path' ? 'f*' : 'f'} Q`);
    if (item.stroke) ops.push(`q ${this.alphas.gs(1, item.stroke.opacity)} ${this.strokeOps(item.stroke).join(' ')}\n${shape}\nS Q`);
  }

  /** One run of text: halo (stroked outline) under the fill, rotated about the item's pivot. */
  text(item: TextItem): void {
    const size = this.w.len(item.size);
    const rad = (item.rotate * Math.PI) / 180;
    const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
    const [px, py] = item.pivot;
    const passes: string[][] = [];
    if (item.halo) passes.push([`${rgb(item.halo.color)} RG`, `${this.w.len(item.halo.width * 2)} w`, '1 J 1 j', '1 Tr']);
    passes.push(item.bold ? [`${rgb(item.color)} rg ${rgb(item.color)} RG`, `${n(item.size * this.w.scale * 0.03)} w`, '2 Tr'] : [`${rgb(item.color)} rg`, '0 Tr']);
    // Each line placed and encoded once; the halo pass and the fill pass draw the same runs.
    const shown = item.lines.map((line) => {
      const width = embeddedWidth(this.font.sfnt, line.text, item.size, item.letterSpacing);
      const start = item.align === 'left' ? line.x : item.align === 'center' ? line.x - width / 2 : line.x - width;
      // Rotated about the pivot in page pixels (y down), then into PDF space (y up).
      const dx = start - px;
      const dy = line.y - py;
      const x = px + dx * cos - dy * sin;
      const y = py + dx * sin + dy * cos;
      return `${n(cos)} ${n(-sin)} ${n(sin)} ${n(cos)} ${this.w.x(x)} ${this.w.y(y)} Tm\n<${this.hex(line.text)}> Tj`;
    });
    const ops = ['q', this.alphas.gs(item.opacity, item.opacity), 'BT', `/F1 ${size} Tf`, `${this.w.len(item.letterSpacing)} Tc`];
    for (const pass of passes) ops.push(...pass, ...shown);
    ops.push('ET', 'Q');
    this.w.ops.push(ops.join('\n'));
  }
}

/** ToUnicode: CID → the character it was written for. */
function toUnicode(glyphs: Map<number, string>, cidOf: (g: number) => number): string {
  const entries = [...glyphs].map(([g, ch]) => {
    let utf16 = '';
    for (let i = 0; i < ch.length; i++) utf16 += ch.charCodeAt(i).toString(16).padStart(4, '0');
    return `<${cidOf(g).toString(16).padStart(4, '0')}> <${utf16}>`;
  });
  return toUnicodeCMap('bfchar', entries);
}

/** A subset's tag (six capitals before its name, ISO 32000 9.6.4), from the characters it holds. */
export function subsetTag(chars: Iterable<string>): string {
  let hash = 2166136261;
  for (const ch of chars) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7919;
  }
  return tag;
}

export async function buildVectorPdf(input: VectorPdfInput): Promise<Uint8Array> {
  const { scene, font } = input;
  const w = new ContentWriter(input.scale, input.heightPt);
  const alphas = new Alphas();
  const vc = new VectorContent(w, font, alphas);
  const groupNames: string[] = [];
  const marked = (name: string, draw: () => void) => {
    groupNames.push(name);
    w.ops.push(`/OC /OC${groupNames.length} BDC`);
    draw();
    w.ops.push('EMC');
  };
  const hasBasemap = scene.basemap !== null;
  const frameText = (_: ContentWriter, p: TextPrimitive) =>
    vc.text(frameTextItem(p));
  const drawMap = (cw: ContentWriter) => {
    const f = scene.frame;
    cw.ops.push(`q ${cw.x(f.x)} ${cw.y(f.y + f.h)} ${cw.len(f.w)} ${cw.len(f.h)} re W n`);
    const sea = scene.background;
    if (sea) marked(input.names.background, () => cw.ops.push(`q ${rgb(sea)} rg ${cw.x(f.x)} ${cw.y(f.y + f.h)} ${cw.len(f.w)} ${cw.len(f.h)} re f Q`));
    if (hasBasemap) marked(input.names.basemap, () => cw.ops.push(`q ${cw.len(f.w)} 0 0 ${cw.len(f.h)} ${cw.x(f.x)} ${cw.y(f.y + f.h)} cm /Basemap Do Q`));
    for (const group of scene.groups) {
      marked(group.name, () => {
        for (const item of group.items) vc.item(item);
      });
    }
    cw.ops.push('Q');
  };
  // The frame (title, legend, scale, north arrow, footer) is one group around the map's groups.
  const beforeMap: Primitive[] = [];
  const afterMap: Primitive[] = [];
  let mapSeen = false;
  for (const p of input.primitives) {
    if (p.kind === 'map') mapSeen = true;
    else (mapSeen ? afterMap : beforeMap).push(p);
  }
  const painters = { text: frameText, map: () => undefined };
  if (beforeMap.length) marked(input.names.frame, () => primitiveContent(beforeMap, w, painters));
  drawMap(w);
  const frameGroup = groupNames.length + 1;
  w.ops.push(`/OC /OC${frameGroup} BDC`);
  primitiveContent(afterMap, w, painters);
  w.ops.push('EMC');
  groupNames.push(input.names.frame);

  const pdf = new PdfObjects();
  const page = pdf.reserve();
  const pages = pdf.add(`<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  // One optional-content group per name (a name used twice — the frame before and after the map — is one group).
  const ocgByName = new Map<string, number>();
  for (const name of groupNames) if (!ocgByName.has(name)) ocgByName.set(name, pdf.add(`<< /Type /OCG /Name ${textString(name)} >>`));
  const ocgs = [...ocgByName.values()].map((r) => `${r} 0 R`).join(' ');
  const catalog = pdf.add(`<< /Type /Catalog /Pages ${pages} 0 R /OCProperties << /OCGs [${ocgs}] /D << /Order [${ocgs}] /ON [${ocgs}] >> >> >>`);

  const cff = font.sfnt.table('CFF ');
  if (!cff) throw new Error('the embedded font has no CFF table');
  const used = new Map(vc.usedGlyphs);
  const tag = subsetTag(used.values());
  const name = `${tag}+${font.sfnt.name}`;
  const scaleW = (g: number) => Math.round((font.sfnt.advance(g) * 1000) / font.sfnt.unitsPerEm);
  const widths = [...used.keys()]
    .sort((a, b) => font.sfnt.cidOf(a) - font.sfnt.cidOf(b))
    .map((g) => `${font.sfnt.cidOf(g)} [${scaleW(g)}]`)
    .join(' ');
  const fontFile = pdf.stream('/Subtype /CIDFontType0C /Filter /FlateDecode', await deflate(cff));
  const em = (v: number) => Math.round((v * 1000) / font.sfnt.unitsPerEm);
  const descriptor = pdf.add(
    `<< /Type /FontDescriptor /FontName /${name} /Flags 4 /FontBBox [${font.sfnt.bbox.map(em).join(' ')}] /ItalicAngle 0 /Ascent ${em(font.sfnt.ascent)} /Descent ${em(font.sfnt.descent)} /CapHeight ${em(font.sfnt.capHeight)} /StemV 80 /FontFile3 ${fontFile} 0 R >>`,
  );
  const cidFont = pdf.add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [${widths}] >>`,
  );
  const unicode = pdf.stream('/Filter /FlateDecode', await deflate(encoder.encode(toUnicode(used, font.sfnt.cidOf))));
  const type0 = pdf.add(`<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${unicode} 0 R >>`);
  const image = scene.basemap ? await imageObject(pdf, scene.basemap) : 0;
  const contents = pdf.stream('/Filter /FlateDecode', await deflate(encoder.encode(w.ops.join('\n'))));
  const info = pdf.info(input.info);
  const properties = groupNames.map((groupName, i) => `/OC${i + 1} ${ocgByName.get(groupName)} 0 R`).join(' ');
  pdf.set(
    page,
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${n(input.widthPt)} ${n(input.heightPt)}] /Resources << /Font << /F1 ${type0} 0 R >>${image ? ` /XObject << /Basemap ${image} 0 R >>` : ''} /ExtGState << ${alphas.resources(w.alphas)} >> /Properties << ${properties} >> >> /Contents ${contents} 0 R >>`,
  );
  return pdf.finish(catalog, info);
}
