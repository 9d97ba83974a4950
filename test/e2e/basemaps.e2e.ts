/**
 * The basemap switcher in real Chromium, with nothing leaving the machine: 天地图 and
 * OpenFreeMap are answered by stand-ins on their own URLs (page.route, before any network), a
 * self-hosted PMTiles archive built from the project's data is served from the Atlas' origin
 * with range requests, and each runs under the CSP the README documents for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CSP_ADDITIONS, cspFor } from '../support/csp';
import { openPdf, pageText } from '../support/pdfjs-node';
import { pmtilesArchive, protomapsLayers, vectorTiles, worldPixel } from '../support/tiles';
import { baseUrl, countPixelsNear, cspViolations, isSameOrigin, launchBrowser, openPage, screenshotPixels, serveWithCsp, waitForMapIdle } from './browser';
import { choose, exportFile, openExport } from './exportDialog';
import { IMAGERY, MARK, TOKEN, tianditu } from './tiandituStandIn';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The app's pages under the CSP the README documents for `basemap`. */
const withCsp = (page: Page, basemap: keyof typeof CSP_ADDITIONS) => serveWithCsp(page, cspFor(basemap));
const violations = cspViolations;

async function openLayers(page: Page): Promise<void> {
  await page.locator('nav.header-actions').getByRole('button', { name: /^(图层|Layers)$/ }).click();
  await page.locator('.basemap-picker').waitFor();
}

/** Pixels of the map canvas near a colour. */
async function mapPixelsNear(page: Page, [r, g, b]: [number, number, number], tolerance = 6): Promise<number> {
  return countPixelsNear(await screenshotPixels(page, '.map canvas'), { r, g, b }, tolerance);
}

describe('天地图', () => {
  it('is chosen in one click with the planner’s key, sits under the plan, is remembered, and aligns with it within 2 px at zoom 15', async () => {
    const seen: string[] = [];
    // Only Futian's outline on: the plan's fills tint the picture, and the mark must be found exactly.
    const { page, consoleErrors } = await openPage(browser, `?view=${MARK.join(',')},15,0,0&layers=futian`, {
      beforeGoto: async (p) => {
        await withCsp(p, 'tianditu');
        await p.route(/tianditu\.gov\.cn/, tianditu(() => ({}), seen));
      },
    });
    await page.waitForSelector('main[data-map-status="ready"]');
    await openLayers(page);
    await page.getByRole('radio', { name: '天地图影像' }).check();
    // No key yet: asked for, nothing requested.
    await page.getByLabel('天地图密钥（tk，32 位）').fill('not-a-key');
    await page.getByRole('button', { name: '保存并使用' }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents()).toContain('密钥应为 32 位十六进制字符。');
    expect(seen).toEqual([]);
    await page.getByLabel('天地图密钥（tk，32 位）').fill(TOKEN);
    await page.getByRole('button', { name: '保存并使用' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('basemap')).toBe('tianditu-img');
    await page.getByRole('button', { name: '图层' }).click(); // close the drawer: the whole map in view
    await expect.poll(() => mapPixelsNear(page, IMAGERY, 10)).toBeGreaterThan(100_000);
    // Alignment: the red mark 天地图 drew at 市民中心 is where the map puts 市民中心 (the view's centre).
    const png = await screenshotPixels(page, '.map canvas');
    const red: Array<[number, number]> = [];
    for (let y = 0; y < png.height; y++)
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        if ((png.data[i] ?? 0) > 240 && (png.data[i + 1] ?? 255) < 20 && (png.data[i + 2] ?? 255) < 20) red.push([x, y]);
      }
    expect(red.length).toBeGreaterThan(10);
    const centroid = [red.reduce((s, p) => s + p[0], 0) / red.length, red.reduce((s, p) => s + p[1], 0) / red.length];
    // The mark's square is centred on the floor of the coordinate's pixel: +0.5 to its middle.
    const [gx, gy] = worldPixel(MARK, 15);
    const expected = [png.width / 2 + (Math.floor(gx) + 0.5 - gx), png.height / 2 + (Math.floor(gy) + 0.5 - gy)];
    expect(Math.hypot((centroid[0] ?? 0) - (expected[0] ?? 0), (centroid[1] ?? 0) - (expected[1] ?? 0))).toBeLessThanOrEqual(2);
    // The plan stays on top: Futian's outline and zone lines still drawn over the picture.
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('天地图');
    // The key never reaches the link; every request carried it to 天地图 only.
    expect(page.url()).not.toContain(TOKEN);
    expect(seen.length).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // Remembered in this browser: a plain link opens on 天地图 again, with the key.
    await page.goto(`${baseUrl()}/?view=${MARK.join(',')},15,0,0&layers=futian`);
    await page.waitForSelector('main[data-map-status="ready"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('basemap')).toBe('tianditu-img');
    await expect.poll(() => mapPixelsNear(page, IMAGERY, 10)).toBeGreaterThan(100_000);
    // And an explicit basemap=offline wins over what is remembered.
    await page.goto(`${baseUrl()}/?basemap=offline`);
    await page.waitForSelector('main[data-map-status="ready"]');
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).not.toContain('天地图');
  });

  it('keeps the key out of links, snippets and exports, and credits 天地图 in the export', async () => {
    const seen: string[] = [];
    const { page } = await openPage(browser, '?basemap=tianditu-vec&zone=bagualing', {
      beforeGoto: async (p) => {
        await p.addInitScript((token) => window.localStorage.setItem('futian-atlas:tianditu-token', token), TOKEN);
        await p.route(/tianditu\.gov\.cn/, tianditu(() => ({}), seen));
      },
    });
    await waitForMapIdle(page);
    await expect.poll(() => mapPixelsNear(page, IMAGERY)).toBeGreaterThan(10_000);
    await page.getByRole('button', { name: '分享/嵌入' }).click();
    const share = page.locator('.share-drawer');
    const link = await share.getByLabel('本视图链接').inputValue();
    const snippet = await share.getByLabel('嵌入代码（iframe）').inputValue();
    expect(link).toContain('basemap=tianditu-vec');
    for (const text of [link, snippet, page.url()]) expect(text).not.toContain(TOKEN);
    await openExport(page);
    await choose(page, 'a4-landscape', 150, 'pdf');
    const pdf = await exportFile(page);
    await choose(page, 'view-1x', 150, 'png');
    const png = await exportFile(page);
    for (const file of [pdf.bytes, png.bytes]) expect(file.includes(TOKEN)).toBe(false);
    const { doc } = await openPdf(new Uint8Array(pdf.bytes));
    expect(await pageText(doc)).toContain('天地图');
  });

  it.each([
    ['a bad key (HTTP 403)', { status: 403 }, /HTTP 403/],
    ['an unreachable service (timeout)', { hang: true }, /超时|瓦片/],
  ] as const)('falls back to the offline map on %s, naming the cause', async (_label, behaviour, cause) => {
    const { page } = await openPage(browser, '?basemap=tianditu-img', {
      beforeGoto: async (p) => {
        await p.addInitScript((token) => window.localStorage.setItem('futian-atlas:tianditu-token', token), TOKEN);
        await p.route(/tianditu\.gov\.cn/, tianditu(() => behaviour, []));
      },
    });
    await page.waitForSelector('main[data-map-status="ready"]');
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringMatching(/底图“天地图影像”加载失败（/));
    expect((await page.getByRole('status').allTextContents()).join(' ')).toMatch(cause);
    expect(new URL(page.url()).searchParams.has('basemap')).toBe(false);
  });

  it('falls back when the page’s CSP does not allow 天地图 (the strict header without its addition), naming the likely cause', async () => {
    const seen: string[] = [];
    const { page } = await openPage(browser, '?basemap=tianditu-img', {
      beforeGoto: async (p) => {
        await withCsp(p, 'offline');
        await p.addInitScript((token) => window.localStorage.setItem('futian-atlas:tianditu-token', token), TOKEN);
        await p.route(/tianditu\.gov\.cn/, tianditu(() => ({}), seen));
      },
    });
    await page.waitForSelector('main[data-map-status="ready"]');
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringMatching(/底图“天地图影像”加载失败（瓦片无法加载（网络或内容安全策略阻止））/));
    expect((await violations(page)).some((v) => v.startsWith('connect-src https://t'))).toBe(true);
    // Blocked before it left the page: the stand-in never saw a request.
    expect(seen).toEqual([]);
  });

  it('refuses an export whose tiles fail, instead of printing holes', async () => {
    let failing = false;
    const { page } = await openPage(browser, '?basemap=tianditu-img', {
      beforeGoto: async (p) => {
        await p.addInitScript((token) => window.localStorage.setItem('futian-atlas:tianditu-token', token), TOKEN);
        await p.route(/tianditu\.gov\.cn/, tianditu(() => (failing ? { status: 500 } : {}), []));
      },
    });
    await waitForMapIdle(page);
    await expect.poll(() => mapPixelsNear(page, IMAGERY)).toBeGreaterThan(10_000);
    failing = true;
    await openExport(page);
    await choose(page, 'a4-landscape', 150, 'png');
    await page.locator('.export-drawer button.primary').click();
    await expect.poll(() => page.getByTestId('export-message').textContent(), { timeout: 60_000 }).toMatch(/底图瓦片未能全部加载（HTTP 500）/);
  });
});

describe('OpenStreetMap (OpenFreeMap style)', () => {
  const STYLE = 'https://tiles.openfreemap.org/styles/liberty';
  const tiles = vectorTiles(protomapsLayers(), [113.9, 22.4, 114.25, 22.7], 8, 14);
  const style = (glyphs: boolean) => ({
    version: 8,
    ...(glyphs ? { glyphs: 'https://tiles.openfreemap.org/fonts/{fontstack}/{range}.pbf' } : {}),
    sources: { openmaptiles: { type: 'vector', tiles: ['https://tiles.openfreemap.org/planet/{z}/{x}/{y}.pbf'], maxzoom: 14, attribution: 'OpenFreeMap © OpenMapTiles Data from OpenStreetMap' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#aad3df' } },
      { id: 'land', type: 'fill', source: 'openmaptiles', 'source-layer': 'earth', paint: { 'fill-color': '#e0b0e0' } },
      { id: 'roads', type: 'line', source: 'openmaptiles', 'source-layer': 'roads', paint: { 'line-color': '#ffffff', 'line-width': 3 } },
    ],
  });
  const serve = (body: () => string | null) => async (p: Page) => {
    await withCsp(p, 'osm');
    await p.route(STYLE, (route) => {
      const b = body();
      return b === null ? route.fulfill({ status: 404, body: 'gone' }) : route.fulfill({ contentType: 'application/json', body: b, headers: { 'access-control-allow-origin': '*' } });
    });
    await p.route(/tiles\.openfreemap\.org\/planet\//, (route) => {
      const key = new URL(route.request().url()).pathname.replace('/planet/', '').replace('.pbf', '');
      const data = tiles.get(key);
      return route.fulfill({ status: data ? 200 : 204, body: data ? Buffer.from(data) : '', contentType: 'application/x-protobuf', headers: { 'access-control-allow-origin': '*' } });
    });
    // The glyph server is never asked: labels are drawn with the browser's fonts.
    await p.route(/tiles\.openfreemap\.org\/fonts\//, (route) => route.fulfill({ status: 500, body: 'should not be asked' }));
  };

  it('draws the plan over it, credits it, asks no glyphs, and violates no CSP', async () => {
    const { page, requests, consoleErrors } = await openPage(browser, '', { beforeGoto: serve(() => JSON.stringify(style(true))) });
    await waitForMapIdle(page);
    await openLayers(page);
    await page.getByRole('radio', { name: 'OpenStreetMap' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('basemap')).toBe('osm');
    await expect.poll(() => mapPixelsNear(page, [0xe0, 0xb0, 0xe0], 8)).toBeGreaterThan(20_000);
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('OpenStreetMap');
    expect(requests.filter((u) => u.includes('/fonts/'))).toEqual([]);
    expect(requests.filter((u) => !isSameOrigin(u) && !u.startsWith('https://tiles.openfreemap.org/'))).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('falls back on a malformed style, naming why', async () => {
    const { page } = await openPage(browser, '?basemap=osm', { beforeGoto: serve(() => '{"version": 8, "layers": "no"}') });
    await page.waitForSelector('main[data-map-status="ready"]');
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringMatching(/底图“OpenStreetMap”加载失败（不是 maplibre 样式/));
  });
});

describe('self-hosted PMTiles', () => {
  const file = path.resolve('dist/basemaps/test-futian.pmtiles');
  beforeAll(() => {
    // Built from the project's own GeoJSON and put beside the app, as a deployment would.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, pmtilesArchive(vectorTiles(protomapsLayers(), [113.9, 22.4, 114.25, 22.7], 8, 14), { name: 'test', attribution: '© OpenStreetMap contributors (test)', vectorLayers: ['earth', 'water', 'roads', 'places'] }));
  });
  afterAll(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));

  const config = JSON.stringify({ pmtiles: [{ id: 'futian-test', title: { zh: '福田测试底图', en: 'Futian test map' }, url: 'basemaps/test-futian.pmtiles', attribution: '© OpenStreetMap contributors (test)', flavor: 'light' }] });

  it('is listed from basemaps.json, read with range requests from the same origin, and drawn under the plan', async () => {
    const ranges: string[] = [];
    const { page, requests, consoleErrors } = await openPage(browser, '', {
      beforeGoto: async (p) => {
        await withCsp(p, 'pmtiles');
        await p.route(`${baseUrl()}/basemaps.json`, (route) => route.fulfill({ contentType: 'application/json', body: config }));
        p.on('request', (r) => {
          if (r.url().endsWith('.pmtiles')) ranges.push(r.headers().range ?? 'none');
        });
      },
    });
    await waitForMapIdle(page);
    await openLayers(page);
    await page.getByRole('radio', { name: '福田测试底图' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('basemap')).toBe('pmtiles:futian-test');
    await page.getByRole('button', { name: '图层' }).click();
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('(test)');
    await waitForMapIdle(page);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((r) => /^bytes=\d+-\d+$/.test(r))).toBe(true);
    expect(requests.filter((u) => !isSameOrigin(u))).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // The Protomaps light flavour's land colour is drawn (the offline sea colour is gone).
    expect(await mapPixelsNear(page, [0xcc, 0xcc, 0xcc], 40)).toBeGreaterThan(10_000);
  });
});

describe('the offline default', () => {
  it('asks nothing of another host, even with the basemap choices open', async () => {
    const { page, requests } = await openPage(browser, '');
    await waitForMapIdle(page);
    await openLayers(page);
    await expect.poll(() => page.getByRole('radio').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByRole('radio', { name: /离线底图/ }).isChecked()).toBe(true);
    expect(requests.filter((u) => !isSameOrigin(u))).toEqual([]);
  });

  it('offers the switcher in an embed that asks for it (controls=basemap)', async () => {
    const { page } = await openPage(browser, '?embed=1&controls=basemap', { viewport: { width: 640, height: 480 } });
    await waitForMapIdle(page);
    await page.locator('.embed-bar').getByRole('button', { name: '底图' }).click();
    await expect.poll(() => page.getByRole('radio').count()).toBeGreaterThanOrEqual(4);
  });
});
