/**
 * Vector exports in real Chromium, read back with independent tools: poppler's pdffonts,
 * pdftotext and pdfimages, pdf.js, Chromium's own XML parser and librsvg's rsvg-convert.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import zones from '../../data/content/zones.json';
import { openPdf, pageText } from '../support/pdfjs-node';
import { CSP } from '../support/csp';
import { cspViolations, launchBrowser, markupReady, openPage, renderedPlaceNames, serveWithCsp, waitForMapIdle } from './browser';
import { choose, decodeQr, exportFile, HEAVY_EXPORT_TIMEOUT_MS, openExport } from './exportDialog';
import { renderWithPdfjs } from './pdfjsInBrowser';
import { pdfFonts, pdfImages, run } from './poppler';
import { IMAGERY, TOKEN, tianditu } from './tiandituStandIn';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-vector-'));
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

const CLUSTERS = zones.filter((z) => z.kind === 'cluster');

function save(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}


/** The mean colour of each block×block cell (the comparison is of what a reader sees, not of antialiasing). */
function downsample(png: PNG, block: number): { w: number; h: number; rgb: Float64Array } {
  const w = Math.floor(png.width / block);
  const h = Math.floor(png.height / block);
  const rgb = new Float64Array(w * h * 3);
  for (let y = 0; y < h * block; y++) {
    for (let x = 0; x < w * block; x++) {
      const i = (y * png.width + x) * 4;
      const o = (Math.floor(y / block) * w + Math.floor(x / block)) * 3;
      for (let c = 0; c < 3; c++) rgb[o + c] = (rgb[o + c] ?? 0) + (png.data[i + c] ?? 0) / (block * block);
    }
  }
  return { w, h, rgb };
}

describe('vector PDF', () => {
  it(
    'of the eight clusters (A4 landscape): every font embedded, every name the screen shows as text, paths and no image, one group per layer group, read by pdf.js without a warning, ≤ 3 MB',
    async () => {
      const { page, consoleErrors } = await openPage(browser, '?briefing=layout&step=3');
      await waitForMapIdle(page);
      const onScreen = await renderedPlaceNames(page);
      await openExport(page);
      await choose(page, 'a4-landscape', 150, 'pdf-vector');
      await expect.poll(() => page.getByTestId('export-format-note').getAttribute('data-vector')).toBe('all');
      expect(await page.getByTestId('export-format-note').textContent()).toMatch(/矢量路径.*嵌入文件/);
      const { bytes, name } = await exportFile(page);
      expect(name).toMatch(/^futian-atlas_the-eight-clusters_zh_\d{8}_vector\.pdf$/);
      expect(bytes.length).toBeLessThanOrEqual(3 * 1024 * 1024);
      const file = save(name, bytes);

      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const [font, embedded] of fonts) expect(embedded, font).toBe(true);
      expect(fonts.map(([font]) => font).every((font) => /^[A-Z]{6}\+NotoSansCJKsc-Regular$/.test(font))).toBe(true);

      const text = run('pdftotext', ['-layout', file, '-']).replace(/\s+/g, '');
      expect(onScreen.length).toBeGreaterThan(8);
      for (const label of onScreen) expect(text, label).toContain(label.replace(/\s+/g, ''));
      // All eight clusters named on the page (深港科技创新特别合作区 was once left out of every district export).
      for (const cluster of CLUSTERS) expect(text, cluster.id).toContain(cluster.name.zh);
      expect(pdfImages(file)).toEqual([]);

      const logged: string[] = [];
      for (const method of ['log', 'warn', 'error'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
      const { doc, OPS } = await openPdf(new Uint8Array(bytes));
      const ops = await (await doc.getPage(1)).getOperatorList();
      // The eight clusters' fills and outlines, the district, the boundaries: each a path of its own.
      expect(ops.fnArray.filter((f) => f === OPS.constructPath).length).toBeGreaterThan(20);
      expect(ops.fnArray).not.toContain(OPS.paintImageXObject);
      expect(await pageText(doc)).toContain('八卦岭片区');
      const groups = [...(await doc.getOptionalContentConfig())].map(([, g]) => g.name);
      for (const group of ['八组团', '八组团 · 标注', '福田区', '图框（标题、图例、比例尺、指北针、页脚）']) expect(groups).toContain(group);
      expect(new Set(groups).size).toBe(groups.length);
      expect(logged).toEqual([]);
      // And drawn on a canvas by pdf.js in Chromium: no warning, a page with ink on it.
      const render = await renderWithPdfjs(browser, new Uint8Array(bytes));
      expect(render.messages).toEqual([]);
      expect(render.inked).toBeGreaterThan(render.width * render.height * 0.5);
      expect(consoleErrors).toEqual([]);
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );

  it.each([
    ['the default view', '', null],
    // The eight clusters in English: each named as text (深港科技创新特别合作区 once went unnamed).
    ['the eight clusters in English', '?briefing=layout&step=3&lang=en', 'en'],
  ] as const)(
    'of %s (A4 landscape): within 3 MB, its fonts embedded',
    async (_label, query, namesIn) => {
      const { page } = await openPage(browser, query);
      await waitForMapIdle(page);
      await openExport(page);
      await choose(page, 'a4-landscape', 150, 'pdf-vector');
      const { bytes, name } = await exportFile(page);
      expect(bytes.length).toBeLessThanOrEqual(3 * 1024 * 1024);
      const file = save(name, bytes);
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const [font, embedded] of fonts) expect(embedded, font).toBe(true);
      if (!namesIn) return;
      const text = run('pdftotext', [file, '-']).replace(/\s+/g, '');
      for (const cluster of CLUSTERS) expect(text, cluster.id).toContain(cluster.name[namesIn].replace(/\s+/g, ''));
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );
});

/** The text of a PNG's iTXt chunk (uncompressed, as the Atlas writes it). */
function pngText(bytes: Buffer, keyword: string): string | null {
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt') {
      const end = data.indexOf(0);
      if (data.toString('latin1', 0, end) === keyword) {
        // keyword \0, compression flag, method, language \0, translated keyword \0, text
        const lang = data.indexOf(0, end + 3);
        const translated = data.indexOf(0, lang + 1);
        return data.subarray(translated + 1).toString('utf8');
      }
    }
    at += 12 + length;
  }
  return null;
}

describe('vector and raster exports of one page', () => {
  it(
    'name the same places: every label of the PNG (its iTXt “Labels”) is text in the SVG and the vector PDF, parks and line labels at the frame’s edge too',
    async () => {
      const { page } = await openPage(browser, '?view=114.068,22.545,14.5,0,0');
      await waitForMapIdle(page);
      await openExport(page);
      await choose(page, 'a4-landscape', 150, 'png');
      const labels = (pngText((await exportFile(page)).bytes, 'Labels') ?? '').split('\n').filter(Boolean);
      // The names that went missing from vector exports: an area's label (a park), a road's at the frame's top.
      expect(labels).toEqual(expect.arrayContaining(['深圳中心公园', '莲花山公园', '笋岗西路', '中央活力区']));
      await choose(page, 'a4-landscape', 150, 'svg');
      const svg = (await exportFile(page)).bytes.toString('utf8');
      // Each label's lines are tspans of one text element: read back by the browser's own XML parser.
      const texts = await page.evaluate((xml) => [...new DOMParser().parseFromString(xml, 'image/svg+xml').querySelectorAll('text')].map((t) => (t.textContent ?? '').replace(/\s+/g, '')), svg);
      expect(labels.filter((name) => !texts.includes(name.replace(/\s+/g, '')))).toEqual([]);
      // The PDF holds the same text; pdftotext reads what lies on the page (a name cut by the page's edge only in part).
      await choose(page, 'a4-landscape', 150, 'pdf-vector');
      const pdf = await exportFile(page);
      const text = run('pdftotext', [save(pdf.name, pdf.bytes), '-']).replace(/\s+/g, '');
      for (const name of ['深圳中心公园', '莲花山公园', '笋岗西路', '中央活力区']) expect(text, name).toContain(name);
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );
});

describe('SVG', () => {
  it(
    'parses as XML with one named group per layer group, and rasterised by rsvg-convert matches the PNG export of the same view (≥ 95 % of cells, labels aside)',
    async () => {
      const { page, consoleErrors } = await openPage(browser, '?zone=bagualing');
      await waitForMapIdle(page);
      await openExport(page);
      await choose(page, 'view-1x', 300, 'png');
      const png = PNG.sync.read((await exportFile(page)).bytes);
      const stated = await choose(page, 'view-1x', 300, 'svg');
      const svgExport = await exportFile(page);
      expect(svgExport.name).toMatch(/^futian-atlas_bagualing_zh_\d{8}\.svg$/);
      const svg = svgExport.bytes.toString('utf8');

      // Chromium's XML parser: well-formed, and the groups a designer sees as layers.
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const layers = [...doc.querySelectorAll('svg > g')].map((g) => ({ id: g.id, name: g.getAttribute('inkscape:label') ?? '', groupmode: g.getAttribute('inkscape:groupmode') }));
        return { error: doc.querySelector('parsererror')?.textContent ?? null, layers, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
      }, svg);
      expect(parsed.error).toBeNull();
      expect(parsed.layers.every((l) => l.groupmode === 'layer' && l.id && l.name)).toBe(true);
      expect(new Set(parsed.layers.map((l) => l.id)).size).toBe(parsed.layers.length);
      for (const name of ['八组团', '八组团 · 标注', '福田区', '海面']) expect(parsed.layers.map((l) => l.name)).toContain(name);
      expect(parsed.texts).toContain('八卦岭片区');

      // Rasterised at the PNG's size; labels are masked out (they differ by font rasteriser, not by place).
      const svgFile = save('view.svg', svgExport.bytes);
      const noTextFile = save('view-no-text.svg', Buffer.from(svg.replace(/<text[\s\S]*?<\/text>/g, '')));
      const raster = (f: string) => PNG.sync.read(execFileSync('rsvg-convert', ['-w', String(png.width), '-h', String(png.height), f]));
      const withText = raster(svgFile);
      const withoutText = raster(noTextFile);
      expect([withText.width, withText.height]).toEqual([png.width, png.height]);
      // The vector QR code (runs of modules as paths) still decodes to this view's permalink.
      expect(decodeQr(withText, stated.mapY + stated.mapHeight)).toMatch(/zone=bagualing/);
      const block = 4;
      const [a, b, bare] = [downsample(png, block), downsample(withText, block), downsample(withoutText, block)];
      let compared = 0;
      let close = 0;
      for (let i = 0; i < a.w * a.h; i++) {
        const d = (x: typeof a, y: typeof a) => Math.hypot((x.rgb[i * 3] ?? 0) - (y.rgb[i * 3] ?? 0), (x.rgb[i * 3 + 1] ?? 0) - (y.rgb[i * 3 + 1] ?? 0), (x.rgb[i * 3 + 2] ?? 0) - (y.rgb[i * 3 + 2] ?? 0));
        // A cell where text is drawn (in the SVG) is a label's: not compared.
        if (d(b, bare) > 1) continue;
        compared++;
        // 10 of 441 (the RGB diagonal): measured 98.6 % of cells within 4; a layer's opacity off by 30 % leaves ~85 % within 10.
        if (d(a, bare) <= 10) close++;
      }
      expect(compared).toBeGreaterThan(a.w * a.h * 0.6);
      expect(close / compared, `${close} of ${compared} cells close`).toBeGreaterThanOrEqual(0.95);
      expect(consoleErrors).toEqual([]);
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );
});

describe('vector export of the planner’s own layers', () => {
  it(
    'writes an imported file and a measured line as paths in groups of their own, their names escaped',
    async () => {
      const { page, consoleErrors } = await openPage(browser, '?view=114.0925,22.5625,14,0,0');
      await waitForMapIdle(page);
      const layers = page.locator('nav.header-actions').getByRole('button', { name: '图层' });
      await layers.click();
      await page.getByLabel('导入 GeoJSON、Shapefile（zip）、KML/KMZ 或 CSV（也可拖放到地图上）').setInputFiles('test/fixtures/import-site.geojson');
      await expect.poll(() => page.locator('.imported-row').count()).toBe(1);
      await layers.click();
      await page.getByRole('button', { name: '标绘', exact: true }).click();
      await markupReady(page);
      const box = await page.locator('.map canvas').boundingBox();
      if (!box) throw new Error('no map canvas');
      await page.mouse.click(box.x + box.width / 2 - 200, box.y + box.height / 2 + 150);
      await page.mouse.click(box.x + box.width / 2 + 200, box.y + box.height / 2 + 150);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.markup-shapes li').count()).toBe(1);
      await openExport(page);
      await choose(page, 'view-1x', 300, 'svg');
      const svg = (await exportFile(page)).bytes.toString('utf8');
      const groups = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return [...doc.querySelectorAll('svg > g')].map((g) => ({
          id: g.id,
          name: g.getAttribute('inkscape:label'),
          fills: [...g.querySelectorAll('path, circle')].map((e) => e.getAttribute('fill')),
          strokes: [...g.querySelectorAll('path, circle')].map((e) => e.getAttribute('stroke')),
        }));
      }, svg);
      const imported = groups.find((g) => g.name === 'import-site');
      expect(imported?.id).toMatch(/^import-/);
      expect(imported?.fills).toContain('#6a3d9a'); // the polygon
      expect(imported?.strokes).toContain('#ffffff'); // the point's white ring
      const measure = groups.find((g) => g.name === '标绘');
      expect(measure?.strokes).toContain('#d1006e');
      // The legend lists the import by its file name; the features' HTML names never reach the file as markup.
      expect(svg).toContain('import-site');
      expect(svg).not.toMatch(/<img|onerror=/);
      expect(consoleErrors).toEqual([]);
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );
});

describe('vector export under a Content Security Policy', () => {
  it(
    'works under the README’s policy with no violation, and without its wasm-unsafe-eval says why instead of failing silently',
    async () => {
      const strict = await openPage(browser, '?zone=bagualing', { beforeGoto: (p) => serveWithCsp(p, CSP) });
      await waitForMapIdle(strict.page);
      await openExport(strict.page);
      await choose(strict.page, 'view-1x', 300, 'pdf-vector');
      expect((await exportFile(strict.page)).name).toMatch(/_vector\.pdf$/);
      expect(await cspViolations(strict.page)).toEqual([]);
      await strict.page.context().close();

      const noWasm = await openPage(browser, '?zone=bagualing', { beforeGoto: (p) => serveWithCsp(p, CSP.replace(" 'wasm-unsafe-eval'", '')) });
      await waitForMapIdle(noWasm.page);
      await openExport(noWasm.page);
      await choose(noWasm.page, 'view-1x', 300, 'svg');
      await noWasm.page.locator('.export-drawer button.primary').click();
      await expect.poll(() => noWasm.page.getByTestId('export-message').textContent(), { timeout: 60_000 }).toContain("script-src 需含 'wasm-unsafe-eval'");
      // The raster PDF embeds the face too: it says the same, rather than writing a PDF without fonts.
      // (Closing the drawer clears its message; reopened, it starts afresh.)
      await noWasm.page.keyboard.press('Escape');
      await noWasm.page.getByTestId('export-message').waitFor({ state: 'detached' });
      await openExport(noWasm.page);
      await choose(noWasm.page, 'view-1x', 150, 'pdf');
      await noWasm.page.locator('.export-drawer button.primary').click();
      await expect.poll(() => noWasm.page.getByTestId('export-message').textContent(), { timeout: 60_000 }).toContain("script-src 需含 'wasm-unsafe-eval'");
      // The rest of the dialog still works: a PNG export goes through.
      await choose(noWasm.page, 'view-1x', 300, 'png');
      expect((await exportFile(noWasm.page)).name).toMatch(/\.png$/);
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );
});

describe('vector export over an online basemap', () => {
  it(
    'puts 天地图 imagery in as one image beneath the vector layers, and says so before the export',
    async () => {
      const { page } = await openPage(browser, '?basemap=tianditu-img&zone=bagualing', {
        beforeGoto: async (p) => {
          await p.addInitScript((token) => window.localStorage.setItem('futian-atlas:tianditu-token', token), TOKEN);
          await p.route(/tianditu\.gov\.cn/, tianditu(() => ({}), []));
        },
      });
      await waitForMapIdle(page);
      await openExport(page);
      const stated = await choose(page, 'a4-landscape', 150, 'pdf-vector');
      await expect.poll(() => page.getByTestId('export-format-note').getAttribute('data-vector')).toBe('with-raster-basemap');
      expect(await page.getByTestId('export-format-note').textContent()).toContain('所选在线底图（天地图影像）以图像置于矢量图层之下');
      const pdf = await exportFile(page);
      const file = save(pdf.name, pdf.bytes);
      const images = pdfImages(file);
      expect(images).toHaveLength(1);
      // The image is the map frame, at the page's pixels.
      expect(images[0]).toMatch(new RegExp(`^\\s*1\\s+0\\s+image\\s+\\d+\\s+${stated.mapHeight}\\s`));
      for (const [font, embedded] of pdfFonts(file)) expect(embedded, font).toBe(true);
      expect(run('pdftotext', [file, '-']).replace(/\s+/g, '')).toContain('八卦岭片区');
      // The image is the imagery: its pixels are the stand-in's colour.
      run('pdfimages', ['-png', file, path.join(dir, 'basemap')]);
      const picture = PNG.sync.read(fs.readFileSync(path.join(dir, 'basemap-000.png')));
      let imagery = 0;
      for (let i = 0; i < picture.data.length; i += 4) if (Math.abs((picture.data[i] ?? 0) - IMAGERY[0]) + Math.abs((picture.data[i + 1] ?? 0) - IMAGERY[1]) + Math.abs((picture.data[i + 2] ?? 0) - IMAGERY[2]) < 12) imagery++;
      expect(imagery / (picture.width * picture.height)).toBeGreaterThan(0.5);

      await choose(page, 'a4-landscape', 150, 'svg');
      const svg = (await exportFile(page)).bytes.toString('utf8');
      expect(svg.match(/<image /g)).toHaveLength(1);
      expect(svg.indexOf('id="basemap-image"')).toBeLessThan(svg.indexOf('id="clusters"'));
    },
    HEAVY_EXPORT_TIMEOUT_MS,
  );
});
