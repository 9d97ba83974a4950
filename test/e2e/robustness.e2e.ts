/**
 * Nothing a browser, a file, a link or a host page does can blank the Atlas (issue 19): refused
 * storage in a cross-site embed, hostile imports and stored layers, huge or countless notices,
 * bursts of host commands and online styles that used to hang the map.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowBasemapHost, atlasFrame, baseUrl, countPixelsNear, hexToRgb, hostEvents as events, hostSend as send, launchBrowser, openPage, renderedPlaceNames, screenshotPixels, waitForMapIdle } from './browser';

let browser: Browser;
let server: http.Server;
/** Another site than the Atlas (localhost, not 127.0.0.1): serves the host page and test styles. */
let OTHER_SITE = '';
const styles = new Map<string, { status: number; body: string; delayMs?: number }>();

beforeAll(async () => {
  browser = await launchBrowser();
  const host = fs.readFileSync('test/fixtures/embed-host.html', 'utf8');
  server = http.createServer((req, res) => {
    // Tiles that never answer: a basemap that hangs (a dead intranet tile server).
    if (req.url?.startsWith('/hang/')) return;
    const style = styles.get(req.url ?? '');
    if (style) {
      setTimeout(() => {
        res.writeHead(style.status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(style.body);
      }, style.delayMs ?? 0);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(host);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  OTHER_SITE = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/**
 * Makes `localStorage` throw in the Atlas' pages, as a browser blocking (third-party) storage does.
 * Init scripts are sent as source text, so values are written into it, not closed over.
 */
function refuseStorage(atlasOrigin: string): () => void {
  return new Function(
    `if (location.origin !== ${JSON.stringify(atlasOrigin)}) return;
     Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The user agent denied access to storage.', 'SecurityError'); } });`,
  ) as () => void;
}
/** Puts a value in the Atlas' storage before it starts (as an earlier session, or an attacker, left it). */
const seedStorage = (value: string) => new Function(`localStorage.setItem('futian-atlas:imports:v1', ${JSON.stringify(value)});`) as () => void;
/** Sets the address before the Atlas reads it: a query too long for any server to accept. */
const setQuery = (query: string) => new Function(`history.replaceState(null, '', location.pathname + ${JSON.stringify(query)});`) as () => void;
const atlasOrigin = () => new URL(baseUrl()).origin;
const picker = (page: Page) => page.getByLabel('导入 GeoJSON、Shapefile（zip）、KML/KMZ 或 CSV（也可拖放到地图上）');
const geojson = (features: unknown[]) => Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
const square = (lng: number, lat: number, d: number) => [[[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d], [lng - d, lat + d], [lng - d, lat - d]]];

describe('storage the browser refuses', () => {
  it('a cross-site embed still starts and says ready', async () => {
    const src = `${baseUrl()}/?embed=1&host=${encodeURIComponent(OTHER_SITE)}`;
    const { page } = await openPage(browser, '', { url: `${OTHER_SITE}/host.html?${new URLSearchParams({ src, w: '640', h: '480' })}`, initScript: refuseStorage(atlasOrigin()) });
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'futian-atlas:ready'), { timeout: 30_000 }).toBe(true);
    await atlasFrame(page).waitForSelector('main[data-map-status="ready"]');
  });

  it('the full Atlas imports a layer and says it cannot keep it', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.05,22.54,13,0,0', { initScript: refuseStorage(atlasOrigin()) });
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '图层' }).click();
    await picker(page).setInputFiles({ name: 'site.geojson', mimeType: 'application/geo+json', buffer: geojson([{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square(114.05, 22.54, 0.003) } }]) });
    await expect.poll(() => page.getByRole('status').textContent()).toContain('此浏览器不允许本页保存数据');
    expect(await page.locator('.imported-row').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});

describe('hostile imports', () => {
  it('draws a layer whose properties are named constructor and hold 1e308', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.05,22.54,13.5,0,0&layers=futian,clusters');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '图层' }).click();
    const feature = { type: 'Feature', properties: { constructor: 'x', big: 1e308, name: 'odd' }, geometry: { type: 'Polygon', coordinates: square(114.05, 22.54, 0.004) } };
    await picker(page).setInputFiles({ name: 'odd.geojson', mimeType: 'application/geo+json', buffer: geojson([feature]) });
    await expect.poll(async () => countPixelsNear(await screenshotPixels(page, '.map canvas'), hexToRgb('#6a3d9a'), 10)).toBeGreaterThan(300);
    expect(consoleErrors).toEqual([]);
  });

  it('refuses a nested GeometryCollection with a reason, keeps the valid feature, and the panel keeps working', async () => {
    const { page, consoleErrors } = await openPage(browser, '?view=114.05,22.54,13,0,0');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '图层' }).click();
    const nested = { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [{ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [114.05, 22.54] }] }] } };
    const point = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [114.05, 22.54] } };
    await picker(page).setInputFiles({ name: 'nested.geojson', mimeType: 'application/geo+json', buffer: geojson([nested, point]) });
    await expect.poll(() => page.getByRole('status').textContent()).toContain('#0: 几何集合中嵌套了几何集合，无法量算');
    await expect.poll(() => page.locator('.imported-row').textContent()).toContain('1 个要素');
    await page.getByRole('button', { name: '移除全部导入图层' }).click();
    expect(await page.locator('.imported-row').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('restores stored layers whose ids are the Atlas’ own, without touching the plan', async () => {
    const stored = ['futian', 'plan-clusters', 'land-regional', '', '__proto__', 'dup', 'dup'].map((id, i) => ({
      id,
      name: `stored ${i}`,
      color: '#6a3d9a',
      collection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [114.05 + i * 0.002, 22.54] } }] },
    }));
    const { page, consoleErrors } = await openPage(browser, '?view=114.055,22.548,12.3,0,0', { initScript: seedStorage(JSON.stringify(stored)) });
    await waitForMapIdle(page);
    expect(await renderedPlaceNames(page)).toEqual(expect.arrayContaining(['中央活力区', '八卦岭片区', '福田区']));
    expect(await page.locator('[data-legend-layer^="import-"]').count()).toBe(7);
    expect(consoleErrors).toEqual([]);
  });
});

describe('notices', () => {
  it('cut a 100,000-character value and list at most a few of 10,000 unknown parameters', async () => {
    const params = Array.from({ length: 10_000 }, (_, i) => `p${i}=1`).join('&');
    const refused: string[] = [];
    const { page } = await openPage(browser, '', {
      initScript: setQuery(`?zone=${'x'.repeat(100_000)}&${params}`),
      beforeGoto: async (p) => p.on('response', (r) => r.status() >= 400 && refused.push(`${r.status()} ${r.url().slice(0, 80)}`)),
    });
    // The data still loads under a 180 KB address: no request is refused.
    await waitForMapIdle(page);
    expect(await renderedPlaceNames(page)).toContain('福田区');
    expect(refused).toEqual([]);
    const box = await page.locator('.notices').boundingBox();
    expect(box?.height ?? 0).toBeLessThan(400);
    expect(await page.locator('.notice:not(.notice-more)').count()).toBeLessThanOrEqual(4);
    await expect.poll(() => page.locator('.notice-more').textContent()).toMatch(/另有 \d+ 条提示未列出/);
    await page.getByRole('button', { name: '全部关闭' }).click();
    expect(await page.locator('.notice').count()).toBe(0);
  });
});

describe('host commands', () => {
  it('takes a burst of 10,000 selects without freezing, lands on the last, and adds no history', async () => {
    const src = `${baseUrl()}/?embed=1&host=${encodeURIComponent(OTHER_SITE)}`;
    const { page } = await openPage(browser, '', { url: `${OTHER_SITE}/host.html?${new URLSearchParams({ src, w: '640', h: '480' })}` });
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'futian-atlas:ready'), { timeout: 30_000 }).toBe(true);
    const historyBefore = await page.evaluate(() => history.length);
    await page.evaluate(() => {
      const zones = ['bagualing', 'hetao', 'xiangmihu'];
      const w = window as unknown as { send: (m: unknown) => void };
      for (let i = 0; i < 10_000; i++) w.send({ type: 'futian-atlas:select', zone: zones[i % 3] });
      w.send({ type: 'futian-atlas:select', zone: 'meilin-caitian' });
    });
    await atlasFrame(page).getByRole('dialog', { name: '梅林-彩田片区' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    // Still responsive: the next command is applied.
    await send(page, { type: 'futian-atlas:select', zone: 'bagualing' });
    await atlasFrame(page).getByRole('dialog', { name: '八卦岭片区' }).waitFor({ timeout: 30_000 });
  });
});

describe('online styles that used to hang the map', () => {
  const good = { version: 8, sources: { bg: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#dddddd' } }] };
  styles.set('/constructor.json', { status: 200, body: '{"version":8,"sources":{"constructor":{"type":"geojson","data":{"type":"FeatureCollection","features":[]}}},"layers":[]}' });
  styles.set('/null-layer.json', { status: 200, body: JSON.stringify({ ...good, layers: [null] }) });
  styles.set('/many.json', { status: 200, body: JSON.stringify({ ...good, layers: Array.from({ length: 5000 }, (_, i) => ({ id: `l${i}`, type: 'background' })) }) });
  styles.set('/forbidden.json', { status: 403, body: '{}' });
  styles.set('/deep-metadata.json', { status: 200, body: `{"version":8,"sources":{},"layers":[],"metadata":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}` });
  // 50 MB: refused once 2 MB have been read, whatever length the server declares.
  styles.set('/huge.json', { status: 200, body: JSON.stringify({ ...good, metadata: 'x'.repeat(50_000_000) }) });
  styles.set('/reuses-ids.json', { status: 200, body: JSON.stringify({ ...good, sources: { futian: good.sources.bg }, layers: [{ id: 'plan-clusters-fill', type: 'background', paint: { 'background-color': '#dddddd' } }] }) });

  it('falls back to the offline map from each, with a notice naming the cause', async () => {
    const cases = [
      ['/constructor.json', 'id "constructor"'],
      ['/null-layer.json', 'a layer without an id'],
      ['/many.json', '5000 layers'],
      ['/forbidden.json', 'HTTP 403'],
      ['/deep-metadata.json', 'nested more than 64 levels'],
      ['/huge.json', '样式过大'],
    ];
    const query = (file: string) => `?basemap=${encodeURIComponent(`${OTHER_SITE}${file}`)}`;
    const { page, consoleErrors } = await openPage(browser, query(cases[0]?.[0] ?? ''), { initScript: allowBasemapHost(new URL(OTHER_SITE).host) });
    await waitForMapIdle(page);
    // One page: each further style arrives as a link followed with Back/Forward would.
    for (const [i, [file, cause]] of cases.entries()) {
      if (i > 0)
        await page.evaluate((q) => {
          history.pushState(null, '', q);
          dispatchEvent(new PopStateEvent('popstate'));
        }, query(file ?? ''));
      await expect.poll(() => page.getByRole('status').textContent(), { message: file }).toContain(cause);
      await expect.poll(() => new URL(page.url()).searchParams.get('basemap'), { message: file }).toBeNull();
      expect(await renderedPlaceNames(page)).toContain('福田区');
      // Dismissed, as a reader would, so the next one is listed (four show at once).
      await page.locator('.notices .notice button').first().click();
      await expect.poll(() => page.locator('.notices .notice').count()).toBe(0);
    }
    // The browser itself logs the refused response; nothing else may go wrong.
    expect(consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });

  it('falls back when a style’s tiles never load, after its timeout, naming the cause', async () => {
    styles.set('/hangs.json', {
      status: 200,
      body: JSON.stringify({ version: 8, sources: { t: { type: 'raster', tiles: [`${OTHER_SITE}/hang/{z}/{x}/{y}.png`], tileSize: 256 } }, layers: [{ id: 't', type: 'raster', source: 't' }] }),
    });
    const { page } = await openPage(browser, `?basemap=${encodeURIComponent(`${OTHER_SITE}/hangs.json`)}`, { initScript: allowBasemapHost(new URL(OTHER_SITE).host) });
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain('超时（8 s）');
    await waitForMapIdle(page);
    expect(await renderedPlaceNames(page)).toContain('福田区');
  });

  it('puts no markup from a style’s attribution into the page, without any CSP: text and http(s) links only', async () => {
    const planted = `<img src="${OTHER_SITE}/pixel.png" onerror="window.__styleInjected = 1">© Stand-in tiles <a href="javascript:window.__styleInjected=2">js</a> <a href="https://example.org/terms" onclick="window.__styleInjected=3">terms</a><span style="position:fixed;inset:0;background:red">S</span><svg onload="window.__styleInjected=4"></svg>`;
    styles.set('/html-attribution.json', { status: 200, body: JSON.stringify({ ...good, sources: { bg: { ...good.sources.bg, attribution: planted } }, layers: [...good.layers, { id: 'bg-fill', type: 'fill', source: 'bg' }] }) });
    const { page, requests, consoleErrors } = await openPage(browser, `?basemap=${encodeURIComponent(`${OTHER_SITE}/html-attribution.json`)}`, { initScript: allowBasemapHost(new URL(OTHER_SITE).host) });
    await waitForMapIdle(page);
    const attribution = page.locator('.maplibregl-ctrl-attrib-inner');
    await expect.poll(() => attribution.textContent()).toContain('© Stand-in tiles');
    const html = await attribution.innerHTML();
    expect(html).not.toMatch(/<img|<svg|<span style|onerror|onclick|onload|javascript:/i);
    expect(await attribution.locator('a[href="https://example.org/terms"]').count()).toBe(1);
    expect(await page.evaluate(() => (window as { __styleInjected?: number }).__styleInjected)).toBeUndefined();
    expect(requests.filter((r) => r.includes('/pixel.png'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('renames a style’s ids that the Atlas uses, and says so, instead of dropping the style', async () => {
    const { page } = await openPage(browser, `?basemap=${encodeURIComponent(`${OTHER_SITE}/reuses-ids.json`)}`, { initScript: allowBasemapHost(new URL(OTHER_SITE).host) });
    await waitForMapIdle(page);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('2 个图层或数据源与本图同名');
    expect(await renderedPlaceNames(page)).toContain('中央活力区');
  });
});
