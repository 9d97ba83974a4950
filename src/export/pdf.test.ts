/**
 * The one PDF writer, read back by pdf.js (an independent reader): the raster PDF's page (the map
 * one image, every character in the embedded face, no standard font), several pages sharing one
 * font and one set of layer groups (a deck), a valid cross-reference table, lossless rows.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPdf, pageText } from '../../test/support/pdfjs-node';
import { type ExportContent, type ExportOptions, layoutExport } from './layout';
import { buildPdf, type PdfPage, predictRows } from './pdf';
import { planExport } from './plan';
import { pointsPerPixel, presetById } from './presets';
import { qrModules } from './qr';
import { embedFont } from './vector/font';
import { vectorMeasure } from './vector/metrics';
import type { VectorScene } from './vector/scene';
import { createSubsetter } from './vector/subset';

const FULL = new Uint8Array(fs.readFileSync('data/fonts/NotoSansCJKsc-Atlas.otf'));
const WASM = fs.readFileSync('node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm');
const names = { frame: '图框', basemap: '地图（图像）', background: '海面' };

const options: ExportOptions = { title: '福田区 Futian 三带', notes: 'Draft 草稿', legend: true, scaleBar: false, northArrow: true, attribution: true, date: true };

function content(permalink: string): ExportContent {
  return {
    legendTitle: '图例',
    legend: [{ label: '一核 core', swatch: { fill: '#d55e00', fillOpacity: 0.2, line: '#d55e00' } }],
    attribution: 'Land © OpenStreetMap – Shenzhen–Hong Kong',
    sources: '规划 2017',
    dateLine: '2025',
    mapStatus: '示意图，非标准地图',
    permalink,
    qr: qrModules(permalink),
    subject: null,
    northLabel: 'N',
    scale: null,
    bearing: 0,
  };
}

function page(presetId: string, permalink: string, scene: (mapRect: { x: number; y: number; w: number; h: number }) => VectorScene): PdfPage {
  const preset = presetById(presetId);
  if (!preset) throw new Error(presetId);
  const c = content(permalink);
  const plan = planExport(preset, 150, { width: 1200, height: 800, zoom: 12 }, options, c.qr.length);
  const scale = pointsPerPixel(plan.page);
  return { widthPt: plan.page.width * scale, heightPt: plan.page.height * scale, scale, primitives: layoutExport(plan, options, c, vectorMeasure), scene: scene(plan.mapRect) };
}

const rasterScene = (f: { x: number; y: number; w: number; h: number }): VectorScene => ({ frame: f, background: null, basemap: { width: f.w, height: f.h, rgba: new Uint8ClampedArray(f.w * f.h * 4).fill(200) }, groups: [] });

const vectorScene = (f: { x: number; y: number; w: number; h: number }): VectorScene => ({
  frame: f,
  background: '#cfe3ef',
  basemap: null,
  groups: [
    { id: 'belts', name: '三带', items: [{ kind: 'path', parts: [[f.x + 10, f.y + 10, f.x + 200, f.y + 10, f.x + 200, f.y + 120]], closed: true, fill: { color: '#0072b2', opacity: 0.3 }, stroke: null }] },
    { id: 'labels', name: '三带 · 标注', items: [{ kind: 'text', lines: [{ text: '北部：梅林-彩田', x: f.x + 100, y: f.y + 60 }], align: 'center', size: 16, color: '#003d66', opacity: 1, letterSpacing: 0, halo: null, rotate: 0, pivot: [f.x + 100, f.y + 60] }] },
  ],
});

async function write(pages: PdfPage[], title = options.title): Promise<Uint8Array> {
  const text = pages.flatMap((p) => [...p.primitives.map((q) => (q.kind === 'text' ? q.text : '')), ...p.scene.groups.flatMap((g) => g.items.map((i) => (i.kind === 'text' ? i.lines.map((l) => l.text).join('') : '')))]).join('');
  const font = embedFont(await createSubsetter(WASM), FULL, text);
  return buildPdf({ pages, font, info: { title, subject: 'https://example.org/?zone=bagualing', creationDate: new Date(Date.UTC(2026, 10, 23)) }, names });
}

afterEach(() => vi.restoreAllMocks());

describe('the PDF writer', () => {
  it('writes the raster PDF: one A4 page, the map its only image, all text in the embedded face (no standard font)', async () => {
    const p = page('a4-portrait', 'https://example.org/?zone=bagualing', rasterScene);
    const bytes = await write([p]);
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).not.toMatch(/Helvetica|STSong|WinAnsiEncoding|UniGB/);
    expect(raw.match(/\/Subtype \/CIDFontType0C/g)).toHaveLength(1);
    const logged: string[] = [];
    for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
    const { doc, OPS } = await openPdf(bytes);
    expect(doc.numPages).toBe(1);
    const pdfPage = await doc.getPage(1);
    const [, , wPt, hPt] = pdfPage.view;
    expect(wPt).toBeCloseTo(595.28, 0);
    expect(hPt).toBeCloseTo(841.89, 0);
    const text = await pageText(doc);
    for (const expected of ['福田区', 'Futian', '© OpenStreetMap – Shenzhen–Hong Kong', '草稿', '一核', 'https://example.org/?zone=bagualing']) expect(text).toContain(expected);
    expect(((await doc.getMetadata()).info as { Title?: string }).Title).toBe(options.title);
    const ops = await pdfPage.getOperatorList();
    const draws = ops.fnArray.flatMap((f, i) => (f === OPS.paintImageXObject ? [ops.argsArray[i]] : []));
    expect(draws).toHaveLength(1);
    const image = await new Promise<{ width: number; height: number; data: Uint8ClampedArray }>((resolve) => pdfPage.objs.get(draws[0][0], resolve));
    expect([image.width, image.height]).toEqual([p.scene.frame.w, p.scene.frame.h]);
    expect(image.data[0]).toBe(200);
    const groups = [...(await doc.getOptionalContentConfig())].map(([, g]) => g.name);
    expect(groups).toEqual(['图框', '地图（图像）']);
    expect(logged).toEqual([]);
  });

  it('writes several pages into one file, sharing one embedded font and one set of layer groups (a deck)', async () => {
    const pages = [page('slide-1080', 'https://example.org/?step=1', vectorScene), page('slide-1080', 'https://example.org/?step=2', rasterScene), page('a4-landscape', 'https://example.org/?step=3', vectorScene)];
    const bytes = await write(pages);
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw.match(/\/Subtype \/CIDFontType0C/g)).toHaveLength(1);
    expect(raw.match(/\/Type \/OCG /g)).toHaveLength(5); // 图框, 海面, 三带, 三带 · 标注, 地图（图像）: each once
    const { doc } = await openPdf(bytes);
    expect(doc.numPages).toBe(3);
    for (const [i, expected] of [
      [1, ['北部：梅林-彩田', 'https://example.org/?step=1']],
      [2, ['https://example.org/?step=2']],
      [3, ['北部：梅林-彩田', 'https://example.org/?step=3']],
    ] as const) {
      const pdfPage = await doc.getPage(i);
      const items = (await pdfPage.getTextContent()).items.map((t) => ('str' in t ? t.str : '')).join('');
      for (const e of expected) expect(items, `page ${i}`).toContain(e);
      expect(items, `page ${i}`).toContain('福田区');
    }
    // Pages keep their own size: 1920×1080 slides, then A4 landscape.
    expect((await doc.getPage(1)).view[2] / (await doc.getPage(1)).view[3]).toBeCloseTo(16 / 9, 2);
    expect((await doc.getPage(3)).view[2]).toBeCloseTo(841.89, 0);
  });

  it('keeps control characters out of the document information (a title with a terminal escape)', async () => {
    const bytes = await write([page('a4-portrait', 'https://example.org/', rasterScene)], '河套\u001b[2J\u009b31m\u0007');
    const { doc } = await openPdf(bytes);
    expect(((await doc.getMetadata()).info as { Title?: string }).Title).toBe('河套[2J31m');
  });
  it('refuses a document without pages', async () => {
    const font = embedFont(await createSubsetter(WASM), FULL, '福');
    await expect(buildPdf({ pages: [], font, info: { title: '', subject: '', creationDate: new Date(0) }, names })).rejects.toThrow(/at least one page/);
  });

  it('has a valid cross-reference table (every offset points at its object)', async () => {
    const bytes = await write([page('a4-portrait', 'https://example.org/', rasterScene), page('a4-portrait', 'https://example.org/2', vectorScene)]);
    const text = new TextDecoder('latin1').decode(bytes);
    const start = Number(text.match(/startxref\n(\d+)/)?.[1]);
    const entries = text
      .slice(start)
      .split('\n')
      .slice(3)
      .filter((l) => / n $/.test(l));
    expect(entries.length).toBeGreaterThan(10);
    entries.forEach((line, i) => {
      const offset = Number(line.slice(0, 10));
      expect(text.slice(offset, offset + 12)).toMatch(new RegExp(`^${i + 1} 0 obj`));
    });
  });

  it('predicts image rows with PNG "up" filters (lossless)', () => {
    const rgba = new Uint8ClampedArray([10, 20, 30, 255, 40, 50, 60, 255, 11, 22, 33, 255, 40, 50, 61, 255]);
    expect([...predictRows(rgba, 2, 2)]).toEqual([2, 10, 20, 30, 40, 50, 60, 2, 1, 2, 3, 0, 0, 1]);
  });
});
