/**
 * The Atlas' one PDF writer. Each page is the export layout (title, legend, scale, north arrow,
 * footer, QR code as vector operators) around a map frame that is either vector — paths and text,
 * one optional-content group per layer group, an online basemap as one image beneath — or, for
 * the raster PDF, one image of the whole map (a scene with that image and no vector groups).
 * Every character on every page is in one embedded font: a subset of Noto Sans CJK SC as a
 * CIDFontType0C (bare CFF) with Identity-H codes (= CIDs), its widths and a ToUnicode map so text
 * copies and searches; no PDF of the Atlas depends on a reader's substitute font. Pages share the
 * font and the groups (a briefing deck is one file of many pages).
 */
import { hatchSegments } from '../layers/swatch';
import type { Primitive } from './layout';
import { ContentWriter, primitiveContent, type TextPrimitive } from './pdfContent';
import { circlePath, type DocumentInfo, deflate, encoder, imageObject, n, PdfObjects, rgb, textString, toUnicodeCMap } from './pdfObjects';
import { type EmbeddedFont, embeddedWidth } from './vector/font';
import { frameTextItem, type Hatch, type PathItem, type SceneItem, type StrokeStyle, type TextItem, type VectorScene } from './vector/scene';

export { predictRows } from './pdfObjects';

export interface PdfPage {
  widthPt: number;
  heightPt: number;
  /** PDF points per layout pixel. */
  scale: number;
  primitives: readonly Primitive[];
  /** The map frame's content: vector groups, and/or one image beneath them (`basemap`). */
  scene: VectorScene;
}

export interface PdfInput {
  pages: readonly PdfPage[];
  /** Subset to every character of every page. */
  font: EmbeddedFont;
  info: DocumentInfo;
  /** Names of the groups that are not map layers, in the export's language; `basemap` names the map frame's image. */
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
  constructor(
    private readonly w: ContentWriter,
    private readonly font: EmbeddedFont,
    private readonly alphas: Alphas,
    /** Glyph → the character it was written for, across every page (the font's widths and ToUnicode). */
    private readonly usedGlyphs: Map<number, string>,
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

  /** Hatch lines across the path's box, clipped to the path (even-odd, as its fill would be). */
  private hatch(item: PathItem, h: Hatch, shape: string): string {
    const xs = item.parts.flatMap((pts) => pts.filter((_, i) => i % 2 === 0));
    const ys = item.parts.flatMap((pts) => pts.filter((_, i) => i % 2 === 1));
    if (xs.length === 0) return '';
    const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
    const lines = hatchSegments(box, h.spacing).map(([[x0, y0], [x1, y1]]) => `${this.w.x(x0)} ${this.w.y(y0)} m ${this.w.x(x1)} ${this.w.y(y1)} l`);
    return `q ${this.alphas.gs(1, h.opacity)} ${rgb(h.color)} RG ${this.w.len(h.width)} w 0 J [] 0 d\n${shape}\nW* n\n${lines.join('\n')}\nS Q`;
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
    if (item.kind === 'path' && item.hatch) ops.push(this.hatch(item, item.hatch, shape));
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

/** One page's operators: its frame group, then its map groups, then the frame again (legend, footer) on top. */
function pageContent(page: PdfPage, vc: (w: ContentWriter) => VectorContent, groupNames: string[], names: PdfInput['names']): { ops: string; alphas: Set<number>; groups: string[]; image: boolean } {
  const w = new ContentWriter(page.scale, page.heightPt);
  const content = vc(w);
  const { scene } = page;
  const groups: string[] = [];
  const marked = (name: string, draw: () => void) => {
    if (!groupNames.includes(name)) groupNames.push(name);
    groups.push(name);
    w.ops.push(`/OC /OC${groupNames.indexOf(name) + 1} BDC`);
    draw();
    w.ops.push('EMC');
  };
  const drawMap = (cw: ContentWriter) => {
    const f = scene.frame;
    cw.ops.push(`q ${cw.x(f.x)} ${cw.y(f.y + f.h)} ${cw.len(f.w)} ${cw.len(f.h)} re W n`);
    const sea = scene.background;
    if (sea) marked(names.background, () => cw.ops.push(`q ${rgb(sea)} rg ${cw.x(f.x)} ${cw.y(f.y + f.h)} ${cw.len(f.w)} ${cw.len(f.h)} re f Q`));
    if (scene.basemap) marked(names.basemap, () => cw.ops.push(`q ${cw.len(f.w)} 0 0 ${cw.len(f.h)} ${cw.x(f.x)} ${cw.y(f.y + f.h)} cm /Basemap Do Q`));
    for (const group of scene.groups) {
      marked(group.name, () => {
        for (const item of group.items) content.item(item);
      });
    }
    cw.ops.push('Q');
  };
  // The frame (title, legend, scale, north arrow, footer) is one group around the map's groups.
  const beforeMap: Primitive[] = [];
  const afterMap: Primitive[] = [];
  let mapSeen = false;
  for (const p of page.primitives) {
    if (p.kind === 'map') mapSeen = true;
    else (mapSeen ? afterMap : beforeMap).push(p);
  }
  const painters = { text: (_: ContentWriter, p: TextPrimitive) => content.text(frameTextItem(p)), map: () => undefined };
  if (beforeMap.length) marked(names.frame, () => primitiveContent(beforeMap, w, painters));
  drawMap(w);
  marked(names.frame, () => primitiveContent(afterMap, w, painters));
  return { ops: w.ops.join('\n'), alphas: w.alphas, groups, image: scene.basemap !== null };
}

export async function buildPdf(input: PdfInput): Promise<Uint8Array> {
  const { font } = input;
  if (input.pages.length === 0) throw new Error('a PDF needs at least one page');
  const alphas = new Alphas();
  const usedGlyphs = new Map<number, string>();
  const groupNames: string[] = [];
  const written = input.pages.map((page) =>
    pageContent(page, (w) => new VectorContent(w, font, alphas, usedGlyphs), groupNames, input.names),
  );

  const pdf = new PdfObjects();
  const pageRefs = input.pages.map(() => pdf.reserve());
  const pages = pdf.add(`<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`);
  // One optional-content group per name, shared by every page that draws it.
  const ocgRefs = groupNames.map((name) => pdf.add(`<< /Type /OCG /Name ${textString(name)} >>`));
  const ocgs = ocgRefs.map((r) => `${r} 0 R`).join(' ');
  const catalog = pdf.add(`<< /Type /Catalog /Pages ${pages} 0 R /OCProperties << /OCGs [${ocgs}] /D << /Order [${ocgs}] /ON [${ocgs}] >> >> >>`);

  const cff = font.sfnt.table('CFF ');
  if (!cff) throw new Error('the embedded font has no CFF table');
  const tag = subsetTag(usedGlyphs.values());
  const name = `${tag}+${font.sfnt.name}`;
  const scaleW = (g: number) => Math.round((font.sfnt.advance(g) * 1000) / font.sfnt.unitsPerEm);
  const widths = [...usedGlyphs.keys()]
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
  const unicode = pdf.stream('/Filter /FlateDecode', await deflate(encoder.encode(toUnicode(usedGlyphs, font.sfnt.cidOf))));
  const type0 = pdf.add(`<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${unicode} 0 R >>`);
  const info = pdf.info(input.info);
  for (const [i, page] of input.pages.entries()) {
    const out = written[i];
    const image = page.scene.basemap ? await imageObject(pdf, page.scene.basemap) : 0;
    const contents = pdf.stream('/Filter /FlateDecode', await deflate(encoder.encode(out.ops)));
    const properties = [...new Set(out.groups)].map((groupName) => `/OC${groupNames.indexOf(groupName) + 1} ${ocgRefs[groupNames.indexOf(groupName)]} 0 R`).join(' ');
    pdf.set(
      pageRefs[i],
      `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${n(page.widthPt)} ${n(page.heightPt)}] /Resources << /Font << /F1 ${type0} 0 R >>${image ? ` /XObject << /Basemap ${image} 0 R >>` : ''} /ExtGState << ${alphas.resources(out.alphas)} >> /Properties << ${properties} >> >> /Contents ${contents} 0 R >>`,
    );
  }
  return pdf.finish(catalog, info);
}
