/**
 * The second engine: what a planner does most, in Debian's Firefox ESR (WebDriver BiDi, software
 * WebGL). One browser for the file; a smoke suite, not the Chromium suite again: each step proves
 * the engine runs that path (map drawn, panel, search, language, PNG export, embed, briefing) with
 * no page error.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelPoint } from '../../src/geo/measure';
import { baseUrl, distinctColours } from './browser';
import { downloads, type Firefox, launchFirefox, openFirefoxPage } from './firefox';

let firefox: Firefox;
let hostServer: http.Server;
let HOST = '';
beforeAll(async () => {
  firefox = await launchFirefox();
  const fixture = fs.readFileSync('test/fixtures/embed-host.html', 'utf8');
  hostServer = http.createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(fixture);
  });
  await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await firefox?.close();
  await new Promise<void>((resolve) => hostServer?.close(() => resolve()));
});

const MAP_READY = 'main[data-map-status="ready"]';
const NAMES_PLACED = () => document.querySelectorAll('[data-testid="rendered-place-names"] li').length > 0;

async function panelTitle(page: Page | Frame): Promise<string> {
  await page.waitForSelector('.policy-panel[role="dialog"] #policy-panel-title');
  return page.$eval('.policy-panel[role="dialog"] #policy-panel-title', (h) => h.textContent ?? '');
}

const param = (page: Page | Frame, key: string) => new URL(page.url()).searchParams.get(key);

/** The map's own drawing buffer as the page sees it (preserveDrawingBuffer keeps it readable). */
async function mapPixels(page: Page): Promise<PNG> {
  const dataUrl = await page.$eval('.map canvas', (c) => (c as HTMLCanvasElement).toDataURL('image/png'));
  return PNG.sync.read(Buffer.from(dataUrl.split(',')[1] ?? '', 'base64'));
}

const clusters = JSON.parse(fs.readFileSync('data/planning/clusters.geojson', 'utf8')) as GeoJSON.FeatureCollection;

describe('Firefox ESR', () => {
  it('draws the map, opens a zone by click and by search, reads the panel, switches language and exports a PNG', async () => {
    const bagualing = clusters.features.find((f) => f.properties?.id === 'bagualing' && f.properties?.part !== 'label');
    if (!bagualing) throw new Error('no 八卦岭 outline');
    const [lng, lat] = labelPoint(bagualing.geometry);
    const { page, errors } = await openFirefoxPage(firefox.browser, `${baseUrl()}/?view=${lng.toFixed(5)},${lat.toFixed(5)},13.2,0,0`);
    await page.waitForSelector(MAP_READY, { timeout: 60_000 });
    await page.waitForFunction(NAMES_PLACED, { timeout: 60_000 });
    // Drawn with WebGL, not the no-WebGL zone list: many colours in the map's own buffer.
    expect(await page.$('.no-webgl')).toBeNull();
    expect(distinctColours(await mapPixels(page))).toBeGreaterThan(12);

    // By click: the zone under the centre of the map.
    const canvas = await page.$('.map canvas');
    const box = await canvas?.boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await panelTitle(page)).toBe('八卦岭片区');
    expect(param(page, 'zone')).toBe('bagualing');
    // The panel reads as in Chromium: the positioning, a citation and a Turf distance.
    await page.waitForSelector('.policy-panel [data-fact="to-civic-centre"]');
    const panelText = await page.$eval('.policy-panel', (p) => p.textContent ?? '');
    expect(panelText).toContain('深圳金融科技城');
    expect(panelText).toMatch(/〔文件003·Q27〕/);
    expect(await page.$eval('.policy-panel [data-fact="to-civic-centre"]', (e) => e.textContent)).toMatch(/^4\.\d 公里$/);

    // By search: pinyin initials, then Enter.
    await page.type('input[role="combobox"]', 'xmh');
    await page.waitForSelector('[role="option"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelTitle(page)).toBe('香蜜湖片区');
    expect(param(page, 'zone')).toBe('xiangmihu');

    // Language: the panel and the address follow.
    const english = await page.waitForSelector('::-p-aria([name="English"][role="button"])');
    await english?.click();
    await expect.poll(() => panelTitle(page)).toBe('Xiangmihu');
    expect(param(page, 'lang')).toBe('en');

    // A PNG export: decoded, at the size the dialog states, with a drawn map in it.
    await page.click('nav.header-actions ::-p-text(Export)');
    await page.waitForSelector('[data-testid="export-preset"]');
    await page.select('[data-testid="export-preset"]', 'view-1x');
    await page.click('.export-drawer input[value="png"]');
    const size = await page.$eval('[data-testid="export-size"]', (e) => ({ width: Number(e.getAttribute('data-width')), height: Number(e.getAttribute('data-height')) }));
    await page.click('.export-drawer button.primary');
    await expect.poll(async () => (await downloads(page)).length, { timeout: 120_000 }).toBe(1);
    const [file] = await downloads(page);
    expect(file?.name).toMatch(/\.png$/);
    const png = PNG.sync.read(file?.bytes ?? Buffer.alloc(0));
    expect({ width: png.width, height: png.height }).toEqual(size);
    expect(distinctColours(png)).toBeGreaterThan(12);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs embedded in a host page: ready, a host command, and a briefing stepped', async () => {
    const src = `${baseUrl()}/?embed=1&host=${encodeURIComponent(HOST)}&briefing=layout`;
    const { page, errors } = await openFirefoxPage(firefox.browser, `${HOST}/host.html?${new URLSearchParams({ src, w: '640', h: '480' })}`, { width: 1000, height: 700 });
    const events = () => page.evaluate(() => (window as unknown as { events: Array<Record<string, unknown>> }).events);
    const send = (message: unknown) => page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), message);
    await expect.poll(async () => (await events()).some((e) => e.type === 'futian-atlas:ready'), { timeout: 60_000 }).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(baseUrl()));
    if (!frame) throw new Error('no Atlas frame');
    await frame.waitForSelector(MAP_READY, { timeout: 60_000 });
    const stepText = () => frame.$eval('.briefing-bar [data-step-index]', (e) => e.textContent ?? '');
    await expect.poll(stepText).toContain('第 1/5 步 · 一核');
    await send({ type: 'futian-atlas:next' });
    await expect.poll(stepText).toContain('三带');
    await expect.poll(() => param(page.frames().find((f) => f.url().startsWith(baseUrl())) ?? frame, 'layers')).toBe('belts,futian,boundaries,labels');
    await send({ type: 'futian-atlas:select', zone: 'hetao' });
    await expect.poll(async () => (await events()).some((e) => e.type === 'futian-atlas:selection' && e.zone === 'hetao')).toBe(true);
    expect(await panelTitle(frame)).toBe('深港科技创新特别合作区');
    expect(errors).toEqual([]);
    await page.close();
  });
});
