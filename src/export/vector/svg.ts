/**
 * The SVG export: the same page as the PDF, in page pixels as user units and its physical size
 * in points. Each layer group is a top-level `<g>` with an id and, for Inkscape, a layer label;
 * text is real `<text>` in the embedded subset face (an @font-face data URL; readers that ignore
 * it, like Inkscape and librsvg, fall back to the named Noto/Source Han families).
 */
import { withoutControlChars } from '../../encoding/text';
import { base64 } from '../../encoding/base64';
import type { Primitive } from '../layout';
import { qrRuns } from '../pdfObjects';
import { EMBEDDED_FAMILY, FALLBACK_FAMILIES } from './font';
import { frameTextItem, type Hatch, type PathItem, type SceneItem, type StrokeStyle, type TextItem, type VectorScene } from './scene';

export interface SvgInput {
  widthPt: number;
  heightPt: number;
  /** Page size in layout pixels (the viewBox). */
  width: number;
  height: number;
  primitives: readonly Primitive[];
  scene: VectorScene;
  /** The subset face as OpenType bytes, embedded as a data URL. */
  font: Uint8Array;
  /** The raster basemap as a PNG data URL, when the scene has one. */
  basemapHref: string | null;
  title: string;
  lang: 'zh' | 'en';
  names: { frame: string; basemap: string; background: string };
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/**
 * Text as XML character data: markup escaped, and the characters XML 1.0 forbids (controls, lone
 * surrogates, U+FFFE/FFFF — an imported file's names may hold them) dropped, so the file parses.
 */
export function escapeXml(text: string): string {
  return withoutControlChars(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}


function strokeAttrs(s: StrokeStyle): string {
  const dash = s.dash.length ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : '';
  const opacity = s.opacity < 1 ? ` stroke-opacity="${n(s.opacity)}"` : '';
  return `stroke="${s.color}" stroke-width="${n(s.width)}" stroke-linecap="${s.cap}" stroke-linejoin="${s.join}"${dash}${opacity}`;
}

function fillAttrs(fill: { color: string; opacity: number } | null): string {
  if (!fill) return 'fill="none"';
  return `fill="${fill.color}"${fill.opacity < 1 ? ` fill-opacity="${n(fill.opacity)}"` : ''}`;
}

function pathData(item: PathItem): string {
  return item.parts
    .map((pts) => {
      let d = `M${n(pts[0])} ${n(pts[1])}`;
      for (let i = 2; i < pts.length; i += 2) d += `L${n(pts[i])} ${n(pts[i + 1])}`;
      return item.closed ? `${d}Z` : d;
    })
    .join('');
}

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

function textElement(item: TextItem): string {
  const rotate = item.rotate ? ` transform="rotate(${n(item.rotate)} ${n(item.pivot[0])} ${n(item.pivot[1])})"` : '';
  const spacing = item.letterSpacing ? ` letter-spacing="${n(item.letterSpacing)}"` : '';
  const halo = item.halo ? ` stroke="${item.halo.color}" stroke-width="${n(item.halo.width * 2)}" stroke-linejoin="round" paint-order="stroke"` : '';
  const weight = item.bold ? ' font-weight="700"' : '';
  const opacity = item.opacity < 1 ? ` opacity="${n(item.opacity)}"` : '';
  const spans = item.lines.map((l) => `<tspan x="${n(l.x)}" y="${n(l.y)}">${escapeXml(l.text)}</tspan>`).join('');
  return `<text font-size="${n(item.size)}" fill="${item.color}" text-anchor="${ANCHOR[item.align]}"${weight}${spacing}${halo}${opacity}${rotate}>${spans}</text>`;
}

/** A hatch as an SVG pattern: one 45° line per tile, rising to the right, in page pixels. */
function hatchId(h: Hatch): string {
  return `hatch-${h.color.slice(1)}-${Math.round(h.spacing * 10)}-${Math.round(h.width * 10)}`;
}

function hatchPattern(h: Hatch): string {
  const s = n(h.spacing);
  // The line through the tile's corners, and the two pieces beside it, so neighbouring tiles join.
  const d = `M0 ${s}L${s} 0M${n(-h.spacing)} ${s}L${s} ${n(-h.spacing)}M0 ${n(2 * h.spacing)}L${n(2 * h.spacing)} 0`;
  return `<pattern id="${hatchId(h)}" patternUnits="userSpaceOnUse" width="${s}" height="${s}"><path d="${d}" stroke="${h.color}" stroke-width="${n(h.width)}"/></pattern>`;
}

function itemElement(item: SceneItem): string {
  if (item.kind === 'text') return textElement(item);
  if (item.kind === 'path' && item.hatch) {
    return `<path d="${pathData(item)}" fill="url(#${hatchId(item.hatch)})"${item.hatch.opacity < 1 ? ` fill-opacity="${n(item.hatch.opacity)}"` : ''} fill-rule="evenodd"/>`;
  }
  if (item.kind === 'circle') {
    return `<circle cx="${n(item.cx)}" cy="${n(item.cy)}" r="${n(item.r)}" ${fillAttrs(item.fill)}${item.stroke ? ` ${strokeAttrs(item.stroke)}` : ''}/>`;
  }
  return `<path d="${pathData(item)}" ${fillAttrs(item.fill)}${item.fill ? ' fill-rule="evenodd"' : ''}${item.stroke ? ` ${strokeAttrs(item.stroke)}` : ''}/>`;
}

function primitiveElement(p: Primitive): string {
  const paint = (q: { fill?: string; fillOpacity?: number; stroke?: string; lineWidth?: number; dash?: number[] }) =>
    `fill="${q.fill ?? 'none'}"${q.fill && (q.fillOpacity ?? 1) < 1 ? ` fill-opacity="${n(q.fillOpacity ?? 1)}"` : ''}${q.stroke ? ` stroke="${q.stroke}" stroke-width="${n(q.lineWidth ?? 1)}"${q.dash?.length ? ` stroke-dasharray="${q.dash.map(n).join(' ')}"` : ''}` : ''}`;
  switch (p.kind) {
    case 'rect':
      return `<rect x="${n(p.rect.x)}" y="${n(p.rect.y)}" width="${n(p.rect.w)}" height="${n(p.rect.h)}" ${paint(p)}/>`;
    case 'path':
      return `<path d="${p.points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join('')}${p.closed ? 'Z' : ''}" ${paint(p)}/>`;
    case 'circle':
      return `<circle cx="${n(p.cx)}" cy="${n(p.cy)}" r="${n(p.r)}" ${paint(p)}/>`;
    case 'text':
      return textElement(frameTextItem(p));
    case 'qr': {
      const cells = qrRuns(p.modules).map(([r, c, length]) => `M${n(p.x + c * p.modulePx)} ${n(p.y + r * p.modulePx)}h${n(length * p.modulePx)}v${n(p.modulePx)}h${n(-length * p.modulePx)}Z`);
      return `<path d="${cells.join('')}" fill="#000000"/>`;
    }
    default:
      return '';
  }
}

function layer(id: string, name: string, body: string, clip: boolean): string {
  return `<g id="${escapeXml(id)}" inkscape:groupmode="layer" inkscape:label="${escapeXml(name)}" data-name="${escapeXml(name)}"${clip ? ' clip-path="url(#map-frame)"' : ''}>\n${body}\n</g>`;
}

export function buildSvg(input: SvgInput): string {
  const { scene } = input;
  const f = scene.frame;
  const mapLayers: string[] = [];
  if (scene.background) mapLayers.push(layer('background', input.names.background, `<rect x="${n(f.x)}" y="${n(f.y)}" width="${n(f.w)}" height="${n(f.h)}" fill="${scene.background}"/>`, true));
  if (input.basemapHref) mapLayers.push(layer('basemap-image', input.names.basemap, `<image x="${n(f.x)}" y="${n(f.y)}" width="${n(f.w)}" height="${n(f.h)}" href="${input.basemapHref}"/>`, true));
  for (const group of scene.groups) mapLayers.push(layer(group.id, group.name, group.items.map(itemElement).join('\n'), true));
  const before: string[] = [];
  const after: string[] = [];
  let mapSeen = false;
  for (const p of input.primitives) {
    if (p.kind === 'map') mapSeen = true;
    else (mapSeen ? after : before).push(primitiveElement(p));
  }
  const patterns = new Map<string, string>();
  for (const group of scene.groups) for (const item of group.items) if (item.kind === 'path' && item.hatch) patterns.set(hatchId(item.hatch), hatchPattern(item.hatch));
  const hatches = [...patterns.values()].join('');
  const fontFace = `@font-face { font-family: '${EMBEDDED_FAMILY}'; src: url(data:font/otf;base64,${base64(input.font)}) format('opentype'); }`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" version="1.1" width="${n(input.widthPt)}pt" height="${n(input.heightPt)}pt" viewBox="0 0 ${input.width} ${input.height}" xml:lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}" font-family="'${EMBEDDED_FAMILY}', ${FALLBACK_FAMILIES}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<defs><style>${fontFace}</style>${hatches}<clipPath id="map-frame"><rect x="${n(f.x)}" y="${n(f.y)}" width="${n(f.w)}" height="${n(f.h)}"/></clipPath></defs>`,
    before.length ? layer('frame-under', input.names.frame, before.join('\n'), false) : '',
    ...mapLayers,
    layer('frame', input.names.frame, after.join('\n'), false),
    '</svg>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}
