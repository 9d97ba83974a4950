/**
 * The vector writers on a small scene with the real face: pdf.js (an independent reader) finds
 * the text, the layer groups and no image; the SVG keeps its groups, escapes what it prints and
 * carries the face. The real map's files are checked in the browser tests (test/e2e/vector.e2e.ts).
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPdf, pageText } from '../../../test/support/pdfjs-node';
import { type ExportOptions, layoutExport } from '../layout';
import { planExport } from '../plan';
import { pointsPerPixel, presetById } from '../presets';
import { qrModules } from '../qr';
import { embedFont } from './font';
import { vectorMeasure } from './metrics';
import { buildPdf } from '../pdf';
import { sceneText, type VectorScene } from './scene';
import { createSubsetter } from './subset';
import { buildSvg, escapeXml } from './svg';

const FULL = new Uint8Array(fs.readFileSync('data/fonts/NotoSansCJKsc-Atlas.otf'));
const WASM = fs.readFileSync('node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm');
const options: ExportOptions = { title: '福田区 Futian', notes: '', legend: true, scaleBar: false, northArrow: true, attribution: true, date: true };
const names = { frame: '图框', basemap: '在线底图（图像）', background: '海面' };

async function sample() {
  const preset = presetById('a4-landscape');
  if (!preset) throw new Error('preset');
  const qr = qrModules('https://example.org/?zone=bagualing');
  const plan = planExport(preset, 150, { width: 1200, height: 800, zoom: 12 }, options, qr.length);
  const content = {
    legendTitle: '图例',
    legend: [{ label: '一核', swatch: { fill: '#d55e00', fillOpacity: 0.2, line: '#d55e00' } }],
    attribution: '© OpenStreetMap',
    sources: '规划 2017',
    dateLine: '2026',
    mapStatus: '示意图，非标准地图',
    permalink: 'https://example.org/?zone=bagualing',
    qr,
    subject: null,
    northLabel: '北',
    scale: null,
    bearing: 0,
  };
  const f = plan.mapRect;
  const scene: VectorScene = {
    frame: f,
    background: '#cfe3ef',
    basemap: null,
    groups: [
      {
        id: 'core',
        name: '一核',
        items: [
          { kind: 'path', parts: [[f.x + 10, f.y + 10, f.x + 200, f.y + 10, f.x + 200, f.y + 120]], closed: true, fill: { color: '#d55e00', opacity: 0.25 }, stroke: { color: '#d55e00', opacity: 1, width: 3, dash: [6, 3], cap: 'round', join: 'round' } },
          { kind: 'circle', cx: f.x + 300, cy: f.y + 300, r: 8, fill: { color: '#ffffff', opacity: 1 }, stroke: null },
        ],
      },
      {
        id: 'core-labels',
        name: '一核 · 标注',
        items: [
          { kind: 'text', lines: [{ text: '粤港澳金融商务核', x: f.x + 100, y: f.y + 60 }], align: 'center', size: 18, color: '#8a3c00', opacity: 1, letterSpacing: 0, halo: { color: '#ffffff', width: 2 }, rotate: 0, pivot: [f.x + 100, f.y + 60] },
          { kind: 'text', lines: [{ text: '深南大道 <b>&', x: f.x + 400, y: f.y + 200 }], align: 'center', size: 14, color: '#555555', opacity: 0.9, letterSpacing: 1, halo: null, rotate: -12, pivot: [f.x + 400, f.y + 200] },
        ],
      },
    ],
  };
  const primitives = layoutExport(plan, options, content, vectorMeasure);
  const text = sceneText(scene) + primitives.map((p) => (p.kind === 'text' ? p.text : '')).join('');
  const font = embedFont(await createSubsetter(WASM), FULL, text);
  const scale = pointsPerPixel(plan.page);
  return { plan, scene, primitives, font, scale };
}

afterEach(() => vi.restoreAllMocks());

describe('vector PDF', () => {
  it('has its text in the embedded face only, one optional-content group per layer group, no image, and reads without a warning in pdf.js', async () => {
    const { plan, scene, primitives, font, scale } = await sample();
    const bytes = await buildPdf({ pages: [{ widthPt: plan.page.width * scale, heightPt: plan.page.height * scale, scale, primitives, scene }], font, info: { title: 't', subject: 's', creationDate: new Date(0) }, names });
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toContain('/Subtype /CIDFontType0C');
    expect(raw).not.toMatch(/Helvetica|STSong/);
    const logged: string[] = [];
    for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
    const { doc, OPS } = await openPdf(bytes);
    const text = await pageText(doc);
    for (const expected of ['粤港澳金融商务核', '深南大道 <b>&', '福田区 Futian', '图例', '一核', '北']) expect(text).toContain(expected);
    const config = await doc.getOptionalContentConfig();
    const groups = [...config].map(([, group]) => group.name);
    // The frame's page background comes first (drawn under the map), its legend and footer after it: one group.
    expect(groups).toEqual(['图框', '海面', '一核', '一核 · 标注']);
    const page = await doc.getPage(1);
    const ops = await page.getOperatorList();
    expect(ops.fnArray).not.toContain(OPS.paintImageXObject);
    expect(ops.fnArray.filter((f) => f === OPS.beginMarkedContentProps).length).toBeGreaterThanOrEqual(4);
    expect(logged).toEqual([]);
  });
});

describe('SVG', () => {
  it('keeps one named group per layer group, escapes text and carries the face', async () => {
    const { plan, scene, primitives, font, scale } = await sample();
    const svg = buildSvg({ widthPt: plan.page.width * scale, heightPt: plan.page.height * scale, width: plan.page.width, height: plan.page.height, primitives, scene, font: font.otf, basemapHref: null, title: 'A & B', lang: 'zh', names });
    const ids = [...svg.matchAll(/<g id="([^"]+)" inkscape:groupmode="layer" inkscape:label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(ids).toEqual([
      ['frame-under', '图框'],
      ['background', '海面'],
      ['core', '一核'],
      ['core-labels', '一核 · 标注'],
      ['frame', '图框'],
    ]);
    expect(svg).toContain('深南大道 &lt;b&gt;&amp;');
    expect(svg).not.toContain('<b>');
    expect(escapeXml('a\u0001b\ud800c𠀋<')).toBe('abc𠀋&lt;');
    expect(svg).toContain('<title>A &amp; B</title>');
    expect(svg).toMatch(/@font-face \{ font-family: 'Atlas Noto Sans CJK SC'; src: url\(data:font\/otf;base64,[A-Za-z0-9+/=]{1000,}\)/);
    expect(svg).toContain('stroke-dasharray="6 3"');
    expect(svg).toContain('transform="rotate(-12 ');
    expect(svg).toContain(`width="${Math.round(plan.page.width * scale * 100) / 100}pt"`);
  });
});
